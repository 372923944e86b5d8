package org.tahub.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Proposes offers for needs, following the report's guidelines: only offers the state is eligible for (region,
 * membership, legal tradition: guidelines 4 and 8), ranked by how well they fit the activity and the words of the need,
 * whether they are delivered in a language the state works in, the state's own priority (guideline 5), free capacity
 * and period (guideline 9) and indicative cost; a need already covered by another provider's engagement says so
 * (guideline 3). Candidates come from an index of offers by activity and area, so the cost of a round grows with the
 * number of needs, not with needs x offers.
 */
public final class MatchingEngine {

    public static final double W_ACTIVITY = 0.35;
    public static final double W_TEXT = 0.15;
    public static final double W_LANGUAGE = 0.15;
    public static final double W_PRIORITY = 0.10;
    public static final double W_CAPACITY = 0.10;
    public static final double W_PERIOD = 0.05;
    public static final double W_COST = 0.10;
    /** Below this a proposal is not worth a provider's attention. */
    public static final double MIN_SCORE = 0.35;
    public static final int PER_NEED = 5;
    private static final double MAX_COST = 500_000;

    /** Who is already engaged with a state on an activity: provider id to its name, per state and activity. */
    public record Engagements(Map<String, Map<String, Set<String>>> byStateAndActivity) {
        public static final Engagements NONE = new Engagements(Map.of());

        Set<String> providers(String state, String activity) {
            return byStateAndActivity.getOrDefault(state, Map.of()).getOrDefault(activity, Set.of());
        }
    }

    // The offers by position; the indexes below hold positions, so that scoring a need works on arrays.
    private final List<OfferFacts> offers = new ArrayList<>();
    private final Map<String, int[]> byActivity;
    private final Map<String, int[]> byArea;
    /** For each word of an offer's title and description, the offers that use it. */
    private final Map<String, int[]> byWord;
    /** The components that depend on the offer alone, rounded as {@link #values} rounds them. */
    private final double[] capacityValue;
    private final double[] periodValue;
    private final double[] costValue;
    /** Per state, which offers it is eligible for and which are delivered in one of its languages. */
    private final Map<StateFacts, StateFit> fits = new ConcurrentHashMap<>();
    private final Map<String, String> providerNames = new HashMap<>();
    private final LocalDate today;

    public MatchingEngine(List<OfferFacts> offers, LocalDate today) {
        this.today = today;
        Map<String, List<Integer>> activities = new HashMap<>();
        Map<String, List<Integer>> areas = new HashMap<>();
        Map<String, List<Integer>> words = new HashMap<>();
        for (OfferFacts o : offers) {
            if (o.end().isBefore(today)) {
                continue;
            }
            int at = this.offers.size();
            this.offers.add(o);
            o.activities().forEach(a -> activities.computeIfAbsent(a, k -> new ArrayList<>()).add(at));
            o.areas().forEach(a -> areas.computeIfAbsent(a, k -> new ArrayList<>()).add(at));
            o.words().forEach(w -> words.computeIfAbsent(w, k -> new ArrayList<>()).add(at));
            providerNames.put(o.providerId(), o.providerName());
        }
        byActivity = positions(activities);
        byArea = positions(areas);
        byWord = positions(words);
        int n = this.offers.size();
        capacityValue = new double[n];
        periodValue = new double[n];
        costValue = new double[n];
        for (int i = 0; i < n; i++) {
            OfferFacts o = this.offers.get(i);
            capacityValue[i] = round(capacity(o));
            periodValue[i] = period(o);
            costValue[i] = round(cost(o));
        }
    }

    private static Map<String, int[]> positions(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Which offers a state is eligible for, and which are delivered in one of its languages. */
    private record StateFit(boolean[] eligible, boolean[] language) {
    }

    private StateFit fit(StateFacts state) {
        boolean[] eligible = new boolean[offers.size()];
        boolean[] language = new boolean[offers.size()];
        for (int i = 0; i < offers.size(); i++) {
            eligible[i] = eligible(offers.get(i), state);
            language[i] = speaks(offers.get(i), state);
        }
        return new StateFit(eligible, language);
    }

    /** The best offers for one need of a state (at most {@link #PER_NEED}, each scoring {@link #MIN_SCORE} or more). */
    public List<Proposal> propose(NeedFacts need, StateFacts state, Engagements engagements) {
        int n = offers.size();
        // The candidates: offers of the need's activities (exact) and of its areas, each once.
        byte[] seen = new byte[n];
        int[] candidates = new int[n];
        int count = 0;
        for (String activity : need.activities()) {
            for (int o : byActivity.getOrDefault(activity, NONE)) {
                if (seen[o] == 0) {
                    candidates[count++] = o;
                }
                seen[o] = EXACT;
            }
        }
        for (String area : need.areas()) {
            for (int o : byArea.getOrDefault(area, NONE)) {
                if (seen[o] == 0) {
                    candidates[count++] = o;
                    seen[o] = AREA;
                }
            }
        }
        Set<String> needWords = Words.of(need.text());
        // The words each offer shares with the need, counted from the words' side.
        int[] shared = new int[n];
        for (String w : needWords) {
            for (int o : byWord.getOrDefault(w, NONE)) {
                shared[o]++;
            }
        }
        // Who is already engaged with the state on each of the need's activities, in the need's order.
        Map<String, Set<String>> engagedOn = new LinkedHashMap<>();
        Set<String> engagedProviders = new LinkedHashSet<>();
        for (String activity : need.activities()) {
            Set<String> providers = engagements.providers(state.iso3(), activity);
            if (!providers.isEmpty()) {
                engagedOn.put(activity, providers);
                engagedProviders.addAll(providers);
            }
        }
        double priority = priorityValue(need.priority());
        StateFit fit = fits.computeIfAbsent(state, this::fit);
        // Score every eligible candidate with numbers only; explain in words only the few that are kept.
        List<Integer> kept = new ArrayList<>(PER_NEED + 1);
        List<Double> keptScores = new ArrayList<>(PER_NEED + 1);
        for (int c = 0; c < count; c++) {
            int i = candidates[c];
            if (!fit.eligible()[i]) {
                continue;
            }
            OfferFacts o = offers.get(i);
            double score = weighted(seen[i] == EXACT ? 1.0 : 0.5, round(text(shared[i], needWords.size())),
                    fit.language()[i] ? 1.0 : 0.3, priority, capacityValue[i], periodValue[i], costValue[i]);
            if (!engagedProviders.isEmpty() && !(engagedProviders.size() == 1 && engagedProviders.contains(o.providerId()))) {
                score /= 2;
            }
            if (score < MIN_SCORE) {
                continue;
            }
            int at = 0;
            while (at < kept.size() && (keptScores.get(at) > score
                    || (keptScores.get(at) == score && offers.get(kept.get(at)).id().compareTo(o.id()) < 0))) {
                at++;
            }
            if (at < PER_NEED) {
                kept.add(at, i);
                keptScores.add(at, score);
                if (kept.size() > PER_NEED) {
                    kept.remove(PER_NEED);
                    keptScores.remove(PER_NEED);
                }
            }
        }
        List<Proposal> top = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            int o = kept.get(i);
            top.add(explain(need, state, offers.get(o), seen[o] == EXACT, needWords, priority, engagedProviders, engagedOn, i + 1));
        }
        return top;
    }

    private static final int[] NONE = new int[0];
    private static final byte AREA = 1;
    private static final byte EXACT = 2;

    private static double priorityValue(String priority) {
        return switch (priority == null ? "" : priority) {
            case "HIGH" -> 1.0;
            case "MEDIUM" -> 0.6;
            case "LOW" -> 0.3;
            default -> 0.5;
        };
    }

    /** The seven components' values: activity, text, language, priority, capacity, period, cost. */
    private double[] values(OfferFacts o, StateFacts state, boolean exact, Set<String> needWords, double priority) {
        int shared = 0;
        for (String w : needWords) {
            if (o.words().contains(w)) {
                shared++;
            }
        }
        return new double[] {exact ? 1.0 : 0.5, round(text(shared, needWords.size())), speaks(o, state) ? 1.0 : 0.3,
                priority, round(capacity(o)), period(o), round(cost(o))};
    }

    private static double text(int shared, int needWords) {
        return needWords == 0 ? 0.5 : Math.min(1.0, shared / Math.min(4.0, needWords));
    }

    private static boolean speaks(OfferFacts o, StateFacts state) {
        for (String l : o.languages()) {
            if (state.languages().contains(l)) {
                return true;
            }
        }
        return false;
    }

    private static double capacity(OfferFacts o) {
        int free = Math.max(0, o.capacity() - o.engaged());
        return free == 0 ? 0.0 : Math.min(1.0, 0.5 + 0.5 * free / o.capacity());
    }

    private double period(OfferFacts o) {
        return !o.start().isAfter(today) ? 1.0 : o.start().isBefore(today.plusYears(1)) ? 0.7 : 0.4;
    }

    private static double cost(OfferFacts o) {
        return o.costUsd() == null ? 0.5 : Math.max(0, 1 - Math.log10(Math.max(1, o.costUsd())) / Math.log10(MAX_COST));
    }

    private static double weighted(double[] v) {
        return weighted(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /** The weighted sum, always added in this order (the same order gives the same score, to the bit). */
    private static double weighted(double activity, double text, double language, double priority, double capacity,
                                   double period, double cost) {
        double s = 0;
        s += activity * W_ACTIVITY;
        s += text * W_TEXT;
        s += language * W_LANGUAGE;
        s += priority * W_PRIORITY;
        s += capacity * W_CAPACITY;
        s += period * W_PERIOD;
        s += cost * W_COST;
        return s;
    }

    private Proposal explain(NeedFacts need, StateFacts state, OfferFacts o, boolean exactActivity,
                             Set<String> needWords, double priority, Set<String> engagedProviders,
                             Map<String, Set<String>> engagedOn, int rank) {
        double[] v = values(o, state, exactActivity, needWords, priority);
        List<Proposal.Component> c = new ArrayList<>();
        if (exactActivity) {
            List<String> covered = need.activities().stream().filter(o.activities()::contains).toList();
            c.add(new Proposal.Component("activity", v[0], W_ACTIVITY, "covers " + String.join(", ", covered)
                    + ", the activity of the need"));
        } else {
            List<String> areas = need.areas().stream().filter(o.areas()::contains).toList();
            c.add(new Proposal.Component("activity", v[0], W_ACTIVITY, "covers area " + String.join(", ", areas)
                    + (need.activities().isEmpty() ? "" : " but not " + String.join(", ", need.activities()))));
        }
        List<String> shared = needWords.stream().filter(o.words()::contains).sorted().toList();
        c.add(new Proposal.Component("text", v[1], W_TEXT, needWords.isEmpty()
                ? "the need has no words of its own to compare"
                : shared.isEmpty() ? "no words in common with the need"
                : "shares " + shared.stream().limit(5).map(w -> "'" + w + "'").reduce((a, b) -> a + ", " + b).orElse("")
                + " with the need"));
        c.add(new Proposal.Component("language", v[2], W_LANGUAGE, "delivered in " + String.join(", ", o.languages())
                + "; " + state.name() + " works in "
                + (state.languages().isEmpty() ? "no UN language on record" : String.join(", ", state.languages()))));
        c.add(new Proposal.Component("priority", v[3], W_PRIORITY, need.priority() == null
                ? state.name() + " gave this need no priority"
                : state.name() + " gives this need " + need.priority() + " priority"));
        int free = Math.max(0, o.capacity() - o.engaged());
        c.add(new Proposal.Component("capacity", v[4], W_CAPACITY, free == 0
                ? "no place free now (" + o.engaged() + " engagements running)"
                : free + " of " + o.capacity() + " places free"));
        c.add(new Proposal.Component("period", v[5], W_PERIOD, v[5] == 1.0 ? "available now, until " + o.end()
                : "starts " + o.start()));
        c.add(new Proposal.Component("cost", v[6], W_COST, o.costUsd() == null ? "no indicative cost given"
                : String.format(Locale.ROOT, "indicative USD %,d per engagement", o.costUsd())));
        double score = weighted(v);
        String coordination = null;
        Set<String> others = new LinkedHashSet<>(engagedProviders);
        others.remove(o.providerId());
        if (!others.isEmpty()) {
            // Only the activities another provider is engaged on: the offer's own provider does not count.
            List<String> activities = engagedOn.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(others::contains)).map(Map.Entry::getKey).toList();
            coordination = state.name() + " already has an engagement on " + String.join(", ", activities)
                    + " with " + String.join(", ", others.stream().map(p -> providerNames.getOrDefault(p, p)).toList())
                    + "; proposed only to complement it, score halved";
            score /= 2;
        }
        String explanation = c.stream().sorted(Comparator.comparingDouble((Proposal.Component x) -> -x.value() * x.weight()))
                .limit(3).map(Proposal.Component::explanation).reduce((a, b) -> a + "; " + b).orElse("");
        return new Proposal(need.needId(), o.id(), o.providerId(), rank, round(score), c, explanation, coordination);
    }

    /** Hard conditions: the state is among those the offer serves. */
    public static boolean eligible(OfferFacts o, StateFacts s) {
        if (!o.states().isEmpty() && !o.states().contains(s.iso3())) {
            return false;
        }
        if (!o.regions().isEmpty() && !o.regions().contains(s.regionCode()) && !o.regions().contains(s.subregionCode())) {
            return false;
        }
        if (!o.memberships().isEmpty() && o.memberships().stream().noneMatch(s.memberships()::contains)) {
            return false;
        }
        return o.traditions().isEmpty() || o.traditions().contains(s.legalTradition());
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
