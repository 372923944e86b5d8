package org.tahub.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.tahub.matching.engine.EngineFacts.TODAY;
import static org.tahub.matching.engine.EngineFacts.activityNeed;
import static org.tahub.matching.engine.EngineFacts.component;
import static org.tahub.matching.engine.EngineFacts.engaged;
import static org.tahub.matching.engine.EngineFacts.engine;
import static org.tahub.matching.engine.EngineFacts.ghana;
import static org.tahub.matching.engine.EngineFacts.kenya;
import static org.tahub.matching.engine.EngineFacts.needOnActivities;
import static org.tahub.matching.engine.EngineFacts.offer;
import static org.tahub.matching.engine.EngineFacts.peru;
import static org.tahub.matching.engine.EngineFacts.proposalOf;
import static org.tahub.matching.engine.EngineFacts.senegal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahub.matching.engine.MatchingEngine.Engagements;

/** Pins the engine's rules: which offers a need is proposed, how each score is made and explained, ranked and cut. */
class MatchingEngineTest {

    private static final String NO_SHARED_WORDS = "Analysts for the reporting centre";

    @Test
    void onlyOffersOfTheNeedsActivityOrAreaAreProposedAndTheActivityCountsTwiceTheArea() {
        MatchingEngine engine = engine(
                offer("imf-area-v").areas("V"),
                offer("unodc-v4").activities("V.4"),
                offer("interpol-x1").activities("X.1"));

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "HIGH", null), kenya(), Engagements.NONE);

        assertThat(proposals).extracting(Proposal::offerId).containsExactly("unodc-v4", "imf-area-v");
        assertThat(component(proposals.get(0), "activity"))
                .extracting(Proposal.Component::value, Proposal.Component::explanation)
                .containsExactly(1.0, "covers V.4, the activity of the need");
        assertThat(component(proposals.get(1), "activity"))
                .extracting(Proposal.Component::value, Proposal.Component::explanation)
                .containsExactly(0.5, "covers area V but not V.4");
    }

    @Test
    void anOfferForAnotherRegionIsNotProposedButOneForTheStatesRegionOrSubregionIs() {
        MatchingEngine engine = engine(
                offer("oas-americas").activities("V.4").forRegions("019"),
                offer("au-africa").activities("V.4").forRegions("002"),
                offer("ecowas-sub-saharan").activities("V.4").forRegions("202"));

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "HIGH", null), kenya(), Engagements.NONE);

        assertThat(proposals).extracting(Proposal::offerId)
                .containsExactlyInAnyOrder("au-africa", "ecowas-sub-saharan");
    }

    @Test
    void anOfferNamingStatesBodiesOrLegalTraditionsIsProposedOnlyToThoseItNames() {
        MatchingEngine engine = engine(
                offer("for-senegal").activities("V.4").forStates("SEN"),
                offer("for-oas").activities("V.4").forMembersOf("OAS"),
                offer("for-oas-or-au").activities("V.4").forMembersOf("OAS", "AU"),
                offer("for-civil-law").activities("V.4").forTraditions("civil-law"),
                offer("for-africa-and-oas").activities("V.4").forRegions("002").forMembersOf("OAS"));

        assertThat(engine.propose(activityNeed("V.4", "HIGH", null), ghana(), Engagements.NONE))
                .extracting(Proposal::offerId).containsExactly("for-oas-or-au");
        assertThat(engine.propose(activityNeed("V.4", "HIGH", null), senegal(), Engagements.NONE))
                .extracting(Proposal::offerId).containsExactlyInAnyOrder("for-senegal", "for-oas-or-au", "for-civil-law");
        assertThat(engine.propose(activityNeed("V.4", "HIGH", null), peru(), Engagements.NONE))
                .extracting(Proposal::offerId).containsExactlyInAnyOrder("for-oas", "for-oas-or-au", "for-civil-law");
    }

    @Test
    void anOfferInALanguageTheStateDoesNotWorkInIsStillProposedButCountsLessForLanguage() {
        MatchingEngine engine = engine(
                offer("english-only").activities("V.4").languages("en"),
                offer("english-and-french").activities("V.4").languages("en", "fr"));

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "HIGH", null), senegal(), Engagements.NONE);

        assertThat(proposals).extracting(Proposal::offerId).containsExactly("english-and-french", "english-only");
        assertThat(proposals).extracting(p -> component(p, "language"))
                .extracting(Proposal.Component::value, Proposal.Component::explanation)
                .containsExactly(tuple(1.0, "delivered in en, fr; Senegal works in fr"),
                        tuple(0.3, "delivered in en; Senegal works in fr"));
    }

    @Test
    void anOfferWhosePeriodEndedBeforeTodayIsNotProposedButOneEndingTodayIs() {
        MatchingEngine engine = engine(
                offer("ended-yesterday").activities("V.4").running(TODAY.minusYears(1), TODAY.minusDays(1)),
                offer("ends-today").activities("V.4").running(TODAY.minusYears(1), TODAY));

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "HIGH", null), kenya(), Engagements.NONE);

        assertThat(proposals).extracting(Proposal::offerId).containsExactly("ends-today");
    }

    @Test
    void anOfferStartingLaterCountsLessForItsPeriodTheLessTheLaterItStarts() {
        MatchingEngine engine = engine(
                offer("starts-today").activities("V.4").running(TODAY, TODAY.plusYears(1)),
                offer("starts-within-a-year").activities("V.4").running(TODAY.plusDays(364), TODAY.plusYears(3)),
                offer("starts-in-a-year").activities("V.4").running(TODAY.plusYears(1), TODAY.plusYears(3)));

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "HIGH", null), kenya(), Engagements.NONE);

        assertThat(proposals).extracting(Proposal::offerId)
                .containsExactly("starts-today", "starts-within-a-year", "starts-in-a-year");
        assertThat(proposals).extracting(p -> component(p, "period"))
                .extracting(Proposal.Component::value, Proposal.Component::explanation)
                .containsExactly(tuple(1.0, "available now, until 2027-06-15"), tuple(0.7, "starts 2027-06-14"),
                        tuple(0.4, "starts 2027-06-15"));
    }

    @Test
    void aFullyEngagedOfferIsStillProposedButItsCapacityCountsNothing() {
        MatchingEngine engine = engine(
                offer("fully-engaged").activities("V.4").places(3, 3),
                offer("three-of-four-free").activities("V.4").places(4, 1));

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "HIGH", null), kenya(), Engagements.NONE);

        assertThat(proposals).extracting(Proposal::offerId).containsExactly("three-of-four-free", "fully-engaged");
        assertThat(proposals).extracting(p -> component(p, "capacity"))
                .extracting(Proposal.Component::value, Proposal.Component::explanation)
                .containsExactly(tuple(0.875, "3 of 4 places free"),
                        tuple(0.0, "no place free now (3 engagements running)"));
    }

    @Test
    void aCheaperOfferCountsMoreForCostAndOneWithoutCostCountsHalf() {
        MatchingEngine engine = engine(
                offer("one-dollar").activities("V.4").costing(1),
                offer("no-cost-given").activities("V.4"),
                offer("fifty-thousand").activities("V.4").costing(50_000),
                offer("half-a-million").activities("V.4").costing(500_000),
                offer("a-million").activities("V.4").costing(1_000_000));

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "HIGH", null), kenya(), Engagements.NONE);

        assertThat(proposals).extracting(Proposal::offerId, p -> component(p, "cost").value(),
                        p -> component(p, "cost").explanation())
                .containsExactly(
                        tuple("one-dollar", 1.0, "indicative USD 1 per engagement"),
                        tuple("no-cost-given", 0.5, "no indicative cost given"),
                        tuple("fifty-thousand", 0.175, "indicative USD 50,000 per engagement"),
                        tuple("a-million", 0.0, "indicative USD 1,000,000 per engagement"),
                        tuple("half-a-million", 0.0, "indicative USD 500,000 per engagement"));
    }

    @Test
    void theStatesOwnPriorityWeighsInTheScore() {
        MatchingEngine engine = engine(offer("unodc-v4").activities("V.4"));

        List<Proposal> high = engine.propose(activityNeed("V.4", "HIGH", null), kenya(), Engagements.NONE);
        List<Proposal> medium = engine.propose(activityNeed("V.4", "MEDIUM", null), kenya(), Engagements.NONE);
        List<Proposal> none = engine.propose(activityNeed("V.4", null, null), kenya(), Engagements.NONE);
        List<Proposal> low = engine.propose(activityNeed("V.4", "LOW", null), kenya(), Engagements.NONE);

        assertThat(List.of(high.get(0), medium.get(0), none.get(0), low.get(0)))
                .extracting(p -> component(p, "priority"))
                .extracting(Proposal.Component::value, Proposal.Component::explanation)
                .containsExactly(tuple(1.0, "Kenya gives this need HIGH priority"),
                        tuple(0.6, "Kenya gives this need MEDIUM priority"),
                        tuple(0.5, "Kenya gave this need no priority"),
                        tuple(0.3, "Kenya gives this need LOW priority"));
        assertThat(high.get(0).score()).isGreaterThan(medium.get(0).score());
        assertThat(medium.get(0).score()).isGreaterThan(none.get(0).score());
        assertThat(none.get(0).score()).isGreaterThan(low.get(0).score());
    }

    @Test
    void textIsTheShareOfUpToFourOfTheNeedsWordsThatTheOfferUsesAndHalfForANeedWithoutWords() {
        MatchingEngine engine = engine(
                offer("four-shared").activities("V.4").saying("Analysts, software", "servers and licences"),
                offer("two-shared").activities("V.4").saying("Software and servers", ""),
                offer("none-shared").activities("V.4").saying("Border control equipment", ""));
        String sixWords = "Analysts, software, servers, licences, manuals and premises";

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "HIGH", sixWords), kenya(), Engagements.NONE);

        assertThat(proposals).extracting(Proposal::offerId, p -> component(p, "text").value(),
                        p -> component(p, "text").explanation())
                .containsExactly(
                        tuple("four-shared", 1.0, "shares 'analyst', 'licence', 'server', 'software' with the need"),
                        tuple("two-shared", 0.5, "shares 'server', 'software' with the need"),
                        tuple("none-shared", 0.0, "no words in common with the need"));
        Proposal withoutWords = engine.propose(activityNeed("V.4", "HIGH", "V.4"), kenya(), Engagements.NONE).get(0);
        assertThat(component(withoutWords, "text"))
                .extracting(Proposal.Component::value, Proposal.Component::explanation)
                .containsExactly(0.5, "the need has no words of its own to compare");
    }

    @Test
    void theScoreIsTheWeightedSumOfSevenComponentsEachSaidInWords() {
        MatchingEngine engine = engine(offer("imf-v2").activities("V.2").saying("Software", "and guidance for prosecutors")
                .languages("fr").places(4, 2).running(TODAY.plusMonths(3), TODAY.plusYears(2)).costing(5_000));

        Proposal p = engine.propose(activityNeed("V.4", "MEDIUM", "Analysts, software, reporting and guidance"), kenya(),
                Engagements.NONE).get(0);

        assertThat(p.components())
                .extracting(Proposal.Component::name, Proposal.Component::value, Proposal.Component::weight,
                        Proposal.Component::explanation)
                .containsExactly(
                        tuple("activity", 0.5, 0.35, "covers area V but not V.4"),
                        tuple("text", 0.5, 0.15, "shares 'guidance', 'software' with the need"),
                        tuple("language", 0.3, 0.15, "delivered in fr; Kenya works in en"),
                        tuple("priority", 0.6, 0.10, "Kenya gives this need MEDIUM priority"),
                        tuple("capacity", 0.75, 0.10, "2 of 4 places free"),
                        tuple("period", 0.7, 0.05, "starts 2026-09-15"),
                        tuple("cost", 0.351, 0.10, "indicative USD 5,000 per engagement"));
        assertThat(p.components().stream().mapToDouble(Proposal.Component::weight).sum()).isCloseTo(1.0, offset(1e-9));
        assertThat(p.score()).isEqualTo(0.5)
                .isCloseTo(p.components().stream().mapToDouble(c -> c.value() * c.weight()).sum(), offset(0.0005));
        assertThat(p.rank()).isEqualTo(1);
        assertThat(p.needId()).isEqualTo("activity:V.4");
        assertThat(p.providerId()).isEqualTo("unodc");
        assertThat(p.coordination()).isNull();
    }

    @Test
    void theExplanationRepeatsTheThreeComponentsThatWeighMost() {
        MatchingEngine engine = engine(offer("unodc-v4").activities("V.4"));

        Proposal p = engine.propose(activityNeed("V.4", "LOW", NO_SHARED_WORDS), kenya(), Engagements.NONE).get(0);

        // activity 0.35, language 0.15, capacity 0.10 before period 0.05, cost 0.05, priority 0.03 and text 0.
        assertThat(p.explanation()).isEqualTo(
                "covers V.4, the activity of the need; delivered in en; Kenya works in en; 10 of 10 places free");
    }

    @Test
    void proposalsAreRankedByScoreAndEqualScoresByOfferId() {
        MatchingEngine engine = engine(
                offer("b-offer").activities("V.4"),
                offer("a-offer").activities("V.4"),
                offer("z-offer").activities("V.4").costing(1));

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "HIGH", null), kenya(), Engagements.NONE);

        assertThat(proposals).extracting(Proposal::offerId, Proposal::rank)
                .containsExactly(tuple("z-offer", 1), tuple("a-offer", 2), tuple("b-offer", 3));
        assertThat(proposals.get(0).score()).isGreaterThan(proposals.get(1).score());
        assertThat(proposals.get(1).score()).isEqualTo(proposals.get(2).score());
    }

    @Test
    void atMostFiveProposalsAreKeptForANeedTheFiveBest() {
        // Each costs ten times the one before it, so each scores a little less.
        MatchingEngine engine = engine(
                offer("costs-1e6").activities("V.4").costing(1_000_000),
                offer("costs-1e3").activities("V.4").costing(1_000),
                offer("costs-1e0").activities("V.4").costing(1),
                offer("costs-1e5").activities("V.4").costing(100_000),
                offer("costs-1e1").activities("V.4").costing(10),
                offer("costs-1e4").activities("V.4").costing(10_000),
                offer("costs-1e2").activities("V.4").costing(100));

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "HIGH", null), kenya(), Engagements.NONE);

        assertThat(proposals).hasSize(MatchingEngine.PER_NEED).extracting(Proposal::offerId, Proposal::rank)
                .containsExactly(tuple("costs-1e0", 1), tuple("costs-1e1", 2), tuple("costs-1e2", 3),
                        tuple("costs-1e3", 4), tuple("costs-1e4", 5));
    }

    @Test
    void anOfferScoringBelowTheMinimumIsNotProposed() {
        // Area only 0.175, no shared word 0, another language 0.045, LOW 0.03, starts in two years 0.02, cost 0:
        // 0.27 with no place free, 0.37 with every place free.
        MatchingEngine engine = engine(
                offer("scores-0.27").areas("V").languages("fr").places(3, 3)
                        .running(TODAY.plusYears(2), TODAY.plusYears(3)).costing(500_000),
                offer("scores-0.37").areas("V").languages("fr").places(3, 0)
                        .running(TODAY.plusYears(2), TODAY.plusYears(3)).costing(500_000));

        List<Proposal> proposals = engine.propose(activityNeed("V.4", "LOW", NO_SHARED_WORDS), kenya(),
                Engagements.NONE);

        assertThat(proposals).extracting(Proposal::offerId, Proposal::score).containsExactly(tuple("scores-0.37", 0.37));
        assertThat(MatchingEngine.MIN_SCORE).isEqualTo(0.35);
    }

    @Test
    void anotherProvidersEngagementOnTheActivityHalvesTheScoreAndSaysSoButNotForTheProviderEngaged() {
        MatchingEngine engine = engine(
                offer("gpml-v1").activities("V.1").by("unodc-gpml", "UNODC/GPML"),
                offer("imf-v1").activities("V.1").by("imf-legal", "IMF Legal Department"));
        NeedFacts need = activityNeed("V.1", "HIGH", "Terrorist financing is not yet an offence.");
        Proposal alone = proposalOf(engine.propose(need, ghana(), Engagements.NONE), "imf-v1");

        List<Proposal> proposals = engine.propose(need, ghana(), engaged(ghana(), "V.1", "unodc-gpml"));

        Proposal complement = proposalOf(proposals, "imf-v1");
        assertThat(complement.coordination()).isEqualTo(
                "Ghana already has an engagement on V.1 with UNODC/GPML; proposed only to complement it, score halved");
        assertThat(complement.score()).isCloseTo(alone.score() / 2, offset(0.001));
        Proposal sameProvider = proposalOf(proposals, "gpml-v1");
        assertThat(sameProvider.coordination()).isNull();
        assertThat(sameProvider.score()).isEqualTo(alone.score());
        assertThat(proposals).extracting(Proposal::offerId).containsExactly("gpml-v1", "imf-v1");
    }

    @Test
    void anEngagementOnAnotherActivityOrWithAnotherStateChangesNothing() {
        MatchingEngine engine = engine(offer("imf-v1").activities("V.1").by("imf-legal", "IMF Legal Department"));
        NeedFacts need = activityNeed("V.1", "HIGH", null);
        Proposal alone = engine.propose(need, ghana(), Engagements.NONE).get(0);

        Proposal otherActivity = engine.propose(need, ghana(), engaged(ghana(), "V.4", "unodc-gpml")).get(0);
        Proposal otherState = engine.propose(need, ghana(), engaged(kenya(), "V.1", "unodc-gpml")).get(0);

        assertThat(List.of(otherActivity, otherState)).allSatisfy(p -> {
            assertThat(p.coordination()).isNull();
            assertThat(p.score()).isEqualTo(alone.score());
        });
    }

    @Test
    void aProposalHalvedBelowTheMinimumIsNotMade() {
        // Exact activity 0.35, no shared word, another language 0.045, LOW 0.03, places 0.1, now 0.05, no cost 0.05:
        // 0.625, halved 0.3125.
        MatchingEngine engine = engine(offer("imf-v1").activities("V.1").by("imf-legal", "IMF Legal Department")
                .languages("fr"));
        NeedFacts need = activityNeed("V.1", "LOW", NO_SHARED_WORDS);

        assertThat(engine.propose(need, ghana(), Engagements.NONE)).extracting(Proposal::score).containsExactly(0.625);
        assertThat(engine.propose(need, ghana(), engaged(ghana(), "V.1", "unodc-gpml"))).isEmpty();
    }

    @Test
    void aCoordinationNoteTooLongForTheEventIsCutToItsLimitWithAnEllipsis() {
        String longName = "\uD835\uDD38".repeat(600); // a letter outside the BMP: two chars, one code point
        MatchingEngine engine = engine(
                offer("long-name-v1").activities("V.1").by("long-name", longName),
                offer("imf-v1").activities("V.1").by("imf-legal", "IMF Legal Department"));

        String note = proposalOf(engine.propose(activityNeed("V.1", "HIGH", null), ghana(),
                engaged(ghana(), "V.1", "long-name")), "imf-v1").coordination();

        assertThat(note.codePointCount(0, note.length())).isEqualTo(Proposal.MAX_WORDS);
        assertThat(note).startsWith("Ghana already has an engagement on V.1 with \uD835\uDD38").endsWith("\uD835\uDD38\u2026");
    }

    @Test
    void theCoordinationNoteNamesOnlyTheActivitiesTheStateIsEngagedOn() {
        MatchingEngine engine = engine(
                offer("gpml-v1").activities("V.1").by("unodc-gpml", "UNODC/GPML"),
                offer("imf-v4").activities("V.4").by("imf-legal", "IMF Legal Department"));

        Proposal p = proposalOf(engine.propose(needOnActivities("V", null, "V.1", "V.4"), ghana(),
                engaged(ghana(), "V.1", "unodc-gpml")), "imf-v4");

        assertThat(p.coordination()).startsWith("Ghana already has an engagement on V.1 with UNODC/GPML");
    }
}
