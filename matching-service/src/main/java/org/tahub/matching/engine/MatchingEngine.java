package org.tahub.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    private final Map<String, List<OfferFacts>> byActivity = new HashMap<>();
    private final Map<String, List<OfferFacts>> byArea = new HashMap<>();
    private final Map<String, String> providerNames = new HashMap<>();
    private final LocalDate today;

    public MatchingEngine(List<OfferFacts> offers, LocalDate today) {
        this.today = today;
        for (OfferFacts o : offers) {
            if (o.end().isBefore(today)) {
                continue;
            }
            o.activities().forEach(a -> byActivity.computeIfAbsent(a, k -> new ArrayList<>()).add(o));
            o.areas().forEach(a -> byArea.computeIfAbsent(a, k -> new ArrayList<>()).add(o));
            providerNames.put(o.providerId(), o.providerName());
        }
    }

    /** The best offers for one need of a state (at most {@link #PER_NEED}, each scoring {@link #MIN_SCORE} or more). */
    public List<Proposal> propose(NeedFacts need, StateFacts state, Engagements engagements) {
        Map<String, OfferFacts> candidates = new HashMap<>();
        Set<String> exact = new LinkedHashSet<>();
        for (String activity : need.activities()) {
            for (OfferFacts o : byActivity.getOrDefault(activity, List.of())) {
                candidates.putIfAbsent(o.id(), o);
                exact.add(o.id());
            }
        }
        for (String area : need.areas()) {
            for (OfferFacts o : byArea.getOrDefault(area, List.of())) {
                candidates.putIfAbsent(o.id(), o);
            }
        }
        Set<String> needWords = Words.of(need.text());
        Set<String> engagedProviders = new LinkedHashSet<>();
        for (String activity : need.activities()) {
            engagedProviders.addAll(engagements.providers(state.iso3(), activity));
        }
        List<Proposal> scored = new ArrayList<>();
        for (OfferFacts o : candidates.values()) {
            if (!eligible(o, state)) {
                continue;
            }
            scored.add(score(need, state, o, exact.contains(o.id()), needWords, engagedProviders));
        }
        scored.sort(Comparator.comparingDouble(Proposal::score).reversed().thenComparing(Proposal::offerId));
        List<Proposal> top = new ArrayList<>();
        for (Proposal p : scored) {
            if (top.size() == PER_NEED || p.score() < MIN_SCORE) {
                break;
            }
            top.add(new Proposal(p.needId(), p.offerId(), p.providerId(), top.size() + 1, p.score(), p.components(),
                    p.explanation(), p.coordination()));
        }
        return top;
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

    private Proposal score(NeedFacts need, StateFacts state, OfferFacts o, boolean exactActivity,
                           Set<String> needWords, Set<String> engagedProviders) {
        List<Proposal.Component> c = new ArrayList<>();
        if (exactActivity) {
            List<String> covered = need.activities().stream().filter(o.activities()::contains).toList();
            c.add(new Proposal.Component("activity", 1.0, W_ACTIVITY, "covers " + String.join(", ", covered)
                    + ", the activity of the need"));
        } else {
            List<String> areas = need.areas().stream().filter(o.areas()::contains).toList();
            c.add(new Proposal.Component("activity", 0.5, W_ACTIVITY, "covers area " + String.join(", ", areas)
                    + (need.activities().isEmpty() ? "" : " but not " + String.join(", ", need.activities()))));
        }
        List<String> shared = needWords.stream().filter(o.words()::contains).sorted().toList();
        double text = needWords.isEmpty() ? 0.5 : Math.min(1.0, shared.size() / Math.min(4.0, needWords.size()));
        c.add(new Proposal.Component("text", round(text), W_TEXT, needWords.isEmpty()
                ? "the need has no words of its own to compare"
                : shared.isEmpty() ? "no words in common with the need"
                : "shares " + shared.stream().limit(5).map(w -> "'" + w + "'").reduce((a, b) -> a + ", " + b).orElse("")
                + " with the need"));
        List<String> common = o.languages().stream().filter(state.languages()::contains).toList();
        c.add(new Proposal.Component("language", common.isEmpty() ? 0.3 : 1.0, W_LANGUAGE, "delivered in "
                + String.join(", ", o.languages()) + "; " + state.name() + " works in "
                + (state.languages().isEmpty() ? "no UN language on record" : String.join(", ", state.languages()))));
        double priority = switch (need.priority() == null ? "" : need.priority()) {
            case "HIGH" -> 1.0;
            case "MEDIUM" -> 0.6;
            case "LOW" -> 0.3;
            default -> 0.5;
        };
        c.add(new Proposal.Component("priority", priority, W_PRIORITY, need.priority() == null
                ? state.name() + " gave this need no priority"
                : state.name() + " gives this need " + need.priority() + " priority"));
        int free = Math.max(0, o.capacity() - o.engaged());
        c.add(new Proposal.Component("capacity", free == 0 ? 0.0 : round(Math.min(1.0, 0.5 + 0.5 * free / o.capacity())),
                W_CAPACITY, free == 0 ? "no place free now (" + o.engaged() + " engagements running)"
                : free + " of " + o.capacity() + " places free"));
        boolean now = !o.start().isAfter(today);
        c.add(new Proposal.Component("period", now ? 1.0 : o.start().isBefore(today.plusYears(1)) ? 0.7 : 0.4, W_PERIOD,
                now ? "available now, until " + o.end() : "starts " + o.start()));
        double cost = o.costUsd() == null ? 0.5
                : Math.max(0, 1 - Math.log10(Math.max(1, o.costUsd())) / Math.log10(MAX_COST));
        c.add(new Proposal.Component("cost", round(cost), W_COST, o.costUsd() == null ? "no indicative cost given"
                : String.format(Locale.ROOT, "indicative USD %,d per engagement", o.costUsd())));
        double score = c.stream().mapToDouble(x -> x.value() * x.weight()).sum();
        String coordination = null;
        Set<String> others = new LinkedHashSet<>(engagedProviders);
        others.remove(o.providerId());
        if (!others.isEmpty()) {
            coordination = state.name() + " already has an engagement on " + String.join(", ", need.activities())
                    + " with " + String.join(", ", others.stream().map(p -> providerNames.getOrDefault(p, p)).toList())
                    + "; proposed only to complement it, score halved";
            score /= 2;
        }
        String explanation = c.stream().sorted(Comparator.comparingDouble((Proposal.Component x) -> -x.value() * x.weight()))
                .limit(3).map(Proposal.Component::explanation).reduce((a, b) -> a + "; " + b).orElse("");
        return new Proposal(need.needId(), o.id(), o.providerId(), 0, round(score), c, explanation, coordination);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
