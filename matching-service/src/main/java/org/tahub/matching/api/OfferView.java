package org.tahub.matching.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.matching.domain.Offer;

/** An offer as the API shows it. */
public record OfferView(
        String id,
        String providerId,
        String title,
        @Schema(nullable = true) String description,
        List<String> areas,
        List<String> activities,
        String modality,
        List<String> languages,
        Eligibility eligibility,
        List<String> legalTraditions,
        int capacity,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(nullable = true) Long indicativeCostUsd,
        @Schema(nullable = true) String costNote,
        String status,
        boolean demonstration,
        long version) {

    /** Empty lists mean any state. */
    public record Eligibility(List<String> states, List<String> regions, List<String> memberships) {
    }

    public static OfferView of(Offer o) {
        return new OfferView(o.id, o.providerId, o.title, o.description, o.areas, o.activities, o.modality.name(),
                o.languages, new Eligibility(o.eligibleStates, o.eligibleRegions, o.eligibleMemberships),
                o.legalTraditions, o.capacity, o.periodStart, o.periodEnd, o.indicativeCostUsd, o.costNote,
                o.status.name(), o.demonstration, o.version);
    }
}
