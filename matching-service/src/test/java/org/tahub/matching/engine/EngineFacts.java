package org.tahub.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facts the engine's tests speak of: a fixed today, a few states, needs, and offers built from what a test says. */
final class EngineFacts {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private EngineFacts() {
    }

    static StateFacts kenya() {
        return new StateFacts("KEN", "Kenya", "002", "202", List.of("en"), "mixed", List.of("UN", "AU", "COMMONWEALTH"));
    }

    static StateFacts ghana() {
        return new StateFacts("GHA", "Ghana", "002", "202", List.of("en"), "common-law",
                List.of("UN", "AU", "COMMONWEALTH"));
    }

    static StateFacts senegal() {
        return new StateFacts("SEN", "Senegal", "002", "202", List.of("fr"), "civil-law", List.of("UN", "AU", "OIC"));
    }

    static StateFacts peru() {
        return new StateFacts("PER", "Peru", "019", "419", List.of("es"), "civil-law", List.of("UN", "OAS"));
    }

    /** A need tagged with one checklist activity (and so its area, "V.4" in "V"), in the state's words. */
    static NeedFacts activityNeed(String activity, String priority, String text) {
        return new NeedFacts("assessment-1", "activity:" + activity, null, List.of(activity),
                List.of(activity.split("\\.")[0]), priority, text);
    }

    /** A need about several activities of one area, as a statement may be read. */
    static NeedFacts needOnActivities(String area, String text, String... activities) {
        return new NeedFacts("assessment-1", "statement:1", null, List.of(activities), List.of(area), "HIGH", text);
    }

    static MatchingEngine engine(OfferBuilder... offers) {
        return new MatchingEngine(Arrays.stream(offers).map(OfferBuilder::build).toList(), TODAY);
    }

    /** The providers the state has agreed engagements with on an activity. */
    static MatchingEngine.Engagements engaged(StateFacts state, String activity, String... providers) {
        Map<String, Set<String>> byActivity = new HashMap<>();
        byActivity.put(activity, Set.of(providers));
        return new MatchingEngine.Engagements(Map.of(state.iso3(), byActivity));
    }

    static Proposal.Component component(Proposal p, String name) {
        return p.components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no component " + name + " in " + p));
    }

    static Proposal proposalOf(List<Proposal> proposals, String offerId) {
        return proposals.stream().filter(p -> p.offerId().equals(offerId)).findFirst()
                .orElseThrow(() -> new AssertionError(offerId + " is not proposed: " + proposals));
    }

    /**
     * An offer titled "Expert advice", open to any state, running since before today and for a year more, in English,
     * with ten free places and no cost given, until a test says otherwise.
     */
    static OfferBuilder offer(String id) {
        return new OfferBuilder(id);
    }

    static final class OfferBuilder {
        private final String id;
        private String providerId = "unodc";
        private String providerName = "UNODC";
        private String title;
        private String description = "";
        private Set<String> activities = Set.of();
        private Set<String> areas = Set.of();
        private List<String> languages = List.of("en");
        private Set<String> states = Set.of();
        private Set<String> regions = Set.of();
        private Set<String> memberships = Set.of();
        private Set<String> traditions = Set.of();
        private int capacity = 10;
        private int engaged;
        private LocalDate start = TODAY.minusMonths(6);
        private LocalDate end = TODAY.plusYears(1);
        private Long costUsd;

        private OfferBuilder(String id) {
            this.id = id;
            this.title = "Expert advice";
        }

        OfferBuilder by(String providerId, String providerName) {
            this.providerId = providerId;
            this.providerName = providerName;
            return this;
        }

        /** The offer's activities, and their areas. */
        OfferBuilder activities(String... codes) {
            this.activities = Set.of(codes);
            List<String> of = new ArrayList<>();
            for (String c : codes) {
                String area = c.split("\\.")[0];
                if (!of.contains(area)) {
                    of.add(area);
                }
            }
            this.areas = Set.copyOf(of);
            return this;
        }

        /** Only areas: the offer covers no activity in particular. */
        OfferBuilder areas(String... codes) {
            this.activities = Set.of();
            this.areas = Set.of(codes);
            return this;
        }

        /** The title and description together, whose words the need's are compared with. */
        OfferBuilder saying(String title, String description) {
            this.title = title;
            this.description = description;
            return this;
        }

        OfferBuilder languages(String... codes) {
            this.languages = List.of(codes);
            return this;
        }

        OfferBuilder forStates(String... iso3) {
            this.states = Set.of(iso3);
            return this;
        }

        OfferBuilder forRegions(String... m49) {
            this.regions = Set.of(m49);
            return this;
        }

        OfferBuilder forMembersOf(String... bodies) {
            this.memberships = Set.of(bodies);
            return this;
        }

        OfferBuilder forTraditions(String... traditions) {
            this.traditions = Set.of(traditions);
            return this;
        }

        OfferBuilder places(int capacity, int engaged) {
            this.capacity = capacity;
            this.engaged = engaged;
            return this;
        }

        OfferBuilder running(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
            return this;
        }

        OfferBuilder costing(long usd) {
            this.costUsd = usd;
            return this;
        }

        /** As the service builds it from a stored offer: its words are those of its title and description. */
        OfferFacts build() {
            return new OfferFacts(id, providerId, providerName, title, Words.of(title + " " + description), activities,
                    areas, "EXPERT_ADVICE", languages, states, regions, memberships, traditions, capacity, engaged, start,
                    end, costUsd);
        }
    }
}
