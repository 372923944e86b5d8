package org.tahub.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's public profile. */
@Schema(description = "An assistance provider")
public record ProviderInput(
        @Schema(description = "Stable id: lower-case words and hyphens (given on creation only)", examples = "unodc-tpb") String id,
        @Schema(description = "Full name", examples = "United Nations Office on Drugs and Crime, Terrorism Prevention Branch") String name,
        @Schema(description = "Short name", examples = "UNODC/TPB") String shortName,
        @Schema(description = "UN_ENTITY, IFI, REGIONAL_ORGANISATION, INTERGOVERNMENTAL_ORGANISATION, BILATERAL_DONOR, INSTITUTE or NGO", examples = "UN_ENTITY") String kind,
        @Schema(description = "ISO3 of its seat", examples = "AUT") String headquarters,
        @Schema(description = "http(s) address", examples = "https://www.unodc.org/unodc/en/terrorism/index.html") String website,
        @Schema(description = "Its mandate, at most 4,000 characters") String description) {
}
