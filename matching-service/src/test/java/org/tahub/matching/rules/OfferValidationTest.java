package org.tahub.matching.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tahub.edge.problem.ProblemException;
import org.tahub.matching.command.OfferInput;
import org.tahub.matching.command.ProviderInput;
import org.tahub.matching.domain.Modality;
import org.tahub.matching.domain.ProviderKind;

/**
 * What an offer and a provider must be, checked without the service: every offending field is named at once, and a
 * valid offer comes back as the engine will read it (areas in checklist order, those of its activities added).
 */
class OfferValidationTest {

    /** Three activities of the checklist, as the catalogue read model gives them: code to area. */
    private static final Map<String, String> CHECKLIST = Map.of("V.1", "V", "V.4", "V", "II.1", "II");

    private final OfferValidation validation = new OfferValidation();

    @Test
    void aValidOfferCoversTheAreasOfItsActivitiesInChecklistOrderAndGetsAnIdFromItsTitle() {
        OfferValidation.CheckedOffer offer = validation.check(offer(List.of("XI"), List.of("V.4", "II.1")), CHECKLIST,
                "unodc-tpb", null);

        assertThat(offer.id()).isEqualTo("unodc-tpb-legislative-assistance-on-financing");
        assertThat(offer.areas()).containsExactly("II", "V", "XI");
        assertThat(offer.activities()).containsExactly("V.4", "II.1");
        assertThat(offer.modality()).isEqualTo(Modality.LEGISLATIVE_DRAFTING);
        assertThat(offer.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(offer.description()).isNull();
    }

    @Test
    void everyOffendingFieldIsNamedAtOnce() {
        OfferInput bad = new OfferInput("other-provider-x", null, " ", null, List.of("XII"), List.of("V.99"), "LECTURES",
                List.of("de"), List.of("kenya"), List.of("2"), List.of("au"), List.of("roman-law"), 0, "2027-01-01",
                "2026-13-01", -5L, null);

        assertThat(fields(() -> validation.check(bad, CHECKLIST, "unodc-tpb", null))).containsExactlyInAnyOrder(
                "body.id", "body.title", "body.areas[0]", "body.activities[0]", "body.modality", "body.languages[0]",
                "body.eligibleStates[0]", "body.eligibleRegions[0]", "body.eligibleMemberships[0]",
                "body.legalTraditions[0]", "body.capacity", "body.periodEnd", "body.indicativeCostUsd");
    }

    @Test
    void anOfferCoversAtLeastOneActivityOrArea() {
        assertThat(fields(() -> validation.check(offer(List.of(), List.of()), CHECKLIST, "unodc-tpb", null)))
                .containsExactly("body.activities");
    }

    @Test
    void anOffersIdStartsWithItsProvidersAndNeverChanges() {
        OfferInput given = withId(offer(List.of("V"), List.of()), "imf-legal-workshop");
        assertThat(fields(() -> validation.check(given, CHECKLIST, "unodc-tpb", null))).containsExactly("body.id");
        assertThat(fields(() -> validation.check(given, CHECKLIST, "imf-legal", "imf-legal-other"))).containsExactly("body.id");
        assertThat(validation.check(given, CHECKLIST, "imf-legal", "imf-legal-workshop").id()).isEqualTo("imf-legal-workshop");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        OfferInput backwards = new OfferInput(null, null, "Workshop", null, List.of("V"), List.of(), "WORKSHOP",
                List.of("en"), null, null, null, null, 2, "2027-06-01", "2027-01-01", null, null);
        assertThat(fields(() -> validation.check(backwards, CHECKLIST, "unodc-tpb", null))).containsExactly("body.periodEnd");
    }

    @Test
    void aProviderNeedsAnIdOnCreationAKnownKindAnIso3SeatAndAnHttpWebsite() {
        ProviderInput good = new ProviderInput("unodc-tpb", "UNODC Terrorism Prevention Branch", "UNODC/TPB",
                "UN_ENTITY", "AUT", "https://www.unodc.org/", null);
        assertThat(validation.checkProvider(good, true)).isEqualTo(ProviderKind.UN_ENTITY);

        ProviderInput bad = new ProviderInput(null, "", null, "CHARITY", "Austria", "ftp://example.org", null);
        assertThat(fields(() -> validation.checkProvider(bad, true))).containsExactlyInAnyOrder("body.id", "body.name",
                "body.kind", "body.headquarters", "body.website");
        assertThat(fields(() -> validation.checkProvider(bad, false))).doesNotContain("body.id");
    }

    private static OfferInput offer(List<String> areas, List<String> activities) {
        return new OfferInput(null, null, "Legislative assistance on financing", " ", areas, activities,
                "LEGISLATIVE_DRAFTING", List.of("en", "fr"), null, List.of("002"), null, null, 3, "2026-01-01",
                "2027-12-31", 45_000L, null);
    }

    private static OfferInput withId(OfferInput o, String id) {
        return new OfferInput(id, o.providerId(), o.title(), o.description(), o.areas(), o.activities(), o.modality(),
                o.languages(), o.eligibleStates(), o.eligibleRegions(), o.eligibleMemberships(), o.legalTraditions(),
                o.capacity(), o.periodStart(), o.periodEnd(), o.indicativeCostUsd(), o.costNote());
    }

    /** The fields a 422 problem names. */
    private static List<String> fields(Runnable check) {
        try {
            check.run();
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(422);
            return e.problem().errors().stream().map(f -> f.field()).toList();
        }
        throw new AssertionError("no problem");
    }
}
