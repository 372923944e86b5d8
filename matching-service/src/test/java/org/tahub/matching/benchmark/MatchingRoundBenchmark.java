package org.tahub.matching.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.tahub.matching.engine.MatchingEngine;
import org.tahub.matching.engine.NeedFacts;
import org.tahub.matching.engine.OfferFacts;
import org.tahub.matching.engine.StateFacts;
import org.tahub.matching.engine.Words;

/**
 * The matching performance target: a full round of 193 states x the whole checklist (about 24,000 needs) against
 * 1,000 offers, and how its cost grows with needs and with offers. Offers are the demonstration offers replicated with
 * varied eligibility, languages and capacity; needs are every checklist activity for every state of the registry, each
 * with a priority and the activity's title as its text. Run by benchmarks/matching-round.sh; figures in
 * docs/performance.md. Not a test: nothing here asserts a time.
 */
public final class MatchingRoundBenchmark {

    private static final String CHECKLIST = "../instruments-service/src/main/resources/catalogue/checklist.json";
    private static final String STATES = "../assessments-service/src/main/resources/reference/states.json";

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode checklist = json.readTree(Files.readString(Path.of(CHECKLIST)));
        JsonNode registry = json.readTree(Files.readString(Path.of(STATES)));
        JsonNode demo;
        try (InputStream in = MatchingRoundBenchmark.class.getClassLoader().getResourceAsStream("reference/providers-demo.json")) {
            demo = json.readTree(in);
        }
        List<StateFacts> states = new ArrayList<>();
        for (JsonNode s : registry.get("states")) {
            if (!"member".equals(s.get("unStatus").asText())) {
                continue;
            }
            states.add(new StateFacts(s.get("iso3").asText(), s.get("name").asText(), s.get("region").get("code").asText(),
                    s.path("subRegion").path("code").asText(null), strings(s.get("unLanguages")),
                    s.get("legalTradition").asText(), strings(s.get("memberships"))));
        }
        int warmup = Integer.parseInt(System.getProperty("warmup", "2"));
        int runs = Integer.parseInt(System.getProperty("runs", "5"));
        System.out.printf(Locale.ROOT, "%d states, %d activities, %d cores, %s%n", states.size(),
                checklist.get("activities").size(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (int offers : new int[] {250, 500, 1000}) {
            for (double share : new double[] {0.25, 0.5, 1.0}) {
                List<StateFacts> subset = states.subList(0, (int) Math.round(states.size() * share));
                run(checklist, demo, subset, offers, warmup, runs);
            }
        }
    }

    private static void run(JsonNode checklist, JsonNode demo, List<StateFacts> states, int offerCount, int warmup,
                            int runs) {
        List<OfferFacts> offers = offers(demo, offerCount);
        List<NeedFacts> needs = new ArrayList<>();
        String[] priorities = {"HIGH", "MEDIUM", "LOW"};
        int i = 0;
        for (StateFacts s : states) {
            for (JsonNode a : checklist.get("activities")) {
                needs.add(new NeedFacts("a-" + s.iso3(), "activity:" + a.get("code").asText(), s.iso3(),
                        List.of(a.get("code").asText()), List.of(a.get("area").asText()), priorities[i++ % 3],
                        a.get("title").asText()));
            }
        }
        java.util.Map<String, StateFacts> byIso = new java.util.HashMap<>();
        states.forEach(s -> byIso.put(s.iso3(), s));
        long best = Long.MAX_VALUE;
        long proposals = 0;
        for (int r = 0; r < warmup + runs; r++) {
            long start = System.nanoTime();
            MatchingEngine engine = new MatchingEngine(offers, LocalDate.of(2026, 11, 28));
            long count = 0;
            for (NeedFacts n : needs) {
                count += engine.propose(n, byIso.get(n.state()), MatchingEngine.Engagements.NONE).size();
            }
            long elapsed = System.nanoTime() - start;
            if (r >= warmup) {
                best = Math.min(best, elapsed);
            }
            proposals = count;
        }
        System.out.printf(Locale.ROOT, "needs %6d  offers %5d  best of %d: %7.0f ms  (%.1f µs per need)  proposals %d%n",
                needs.size(), offerCount, runs, best / 1e6, best / 1e3 / needs.size(), proposals);
    }

    /** The demonstration offers, replicated up to {@code count} with varied eligibility, languages and capacity. */
    static List<OfferFacts> offers(JsonNode demo, int count) {
        List<JsonNode> base = new ArrayList<>();
        demo.get("providers").forEach(p -> p.get("offers").forEach(base::add));
        Random random = new Random(42);
        String[][] languages = {{"en"}, {"fr"}, {"es"}, {"ar"}, {"ru"}, {"en", "fr"}, {"en", "fr", "es", "ar", "ru", "zh"}};
        String[] regions = {"002", "019", "142", "150", "009"};
        List<OfferFacts> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode o = base.get(i % base.size());
            Set<String> activities = new HashSet<>(strings(o.get("activities")));
            Set<String> areas = new HashSet<>(strings(o.get("areas")));
            Set<String> eligibleRegions = i < base.size() || random.nextInt(3) > 0 ? Set.of()
                    : Set.of(regions[random.nextInt(regions.length)]);
            out.add(new OfferFacts(o.get("id").asText() + "-" + i, "provider-" + (i % 60), "Provider " + (i % 60),
                    o.get("title").asText(), Words.of(o.get("title").asText() + " " + o.path("description").asText()),
                    activities, areas, o.get("modality").asText(), List.of(languages[random.nextInt(languages.length)]),
                    Set.of(), eligibleRegions, Set.of(), Set.of(), 1 + random.nextInt(15), random.nextInt(5),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 5_000L + random.nextInt(300_000)));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
