package org.tahub.matching.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** {@code reference/providers-demo.json}: the demonstration providers and offers of the local stack. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DemoProvidersFile(boolean demonstration, String note, List<ProviderRecord> providers) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProviderRecord(String id, String name, String shortName, String kind, String headquarters,
                                 String website, String description, List<OfferRecord> offers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfferRecord(String id, String title, String description, List<String> areas, List<String> activities,
                              String modality, List<String> languages, Eligibility eligibility,
                              List<String> legalTraditions, int capacity, String periodStart, String periodEnd,
                              Long indicativeCostUsd, String costNote) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Eligibility(List<String> states, List<String> regions, List<String> memberships) {
    }
}
