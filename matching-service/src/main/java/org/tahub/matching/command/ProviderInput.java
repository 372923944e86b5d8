package org.tahub.matching.command;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A provider's public profile. Caps here; what each value means is checked by {@code rules/OfferValidation}. */
@Schema(description = "An assistance provider")
public record ProviderInput(
        @Size(max = 120) @Schema(description = "Stable id: lower-case words and hyphens (given on creation only)", examples = "unodc-tpb") String id,
        @Size(max = 300) @Pattern(regexp = FreeText.PATTERN, message = FreeText.MESSAGE)
        @Schema(description = "Full name", examples = "United Nations Office on Drugs and Crime, Terrorism Prevention Branch") String name,
        @Size(max = 60) @Pattern(regexp = FreeText.PATTERN, message = FreeText.MESSAGE)
        @Schema(description = "Short name", examples = "UNODC/TPB") String shortName,
        @Size(max = 40) @Schema(description = "UN_ENTITY, IFI, REGIONAL_ORGANISATION, INTERGOVERNMENTAL_ORGANISATION, BILATERAL_DONOR, INSTITUTE or NGO", examples = "UN_ENTITY",
                enumeration = {"UN_ENTITY", "IFI", "REGIONAL_ORGANISATION", "INTERGOVERNMENTAL_ORGANISATION", "BILATERAL_DONOR", "INSTITUTE", "NGO"}) String kind,
        @Size(max = 3) @Schema(description = "ISO3 of its seat", examples = "AUT") String headquarters,
        @Size(max = 2000) @Pattern(regexp = FreeText.PATTERN, message = FreeText.MESSAGE)
        @Schema(description = "http(s) address, at most 2,000 characters", examples = "https://www.unodc.org/unodc/en/terrorism/index.html") String website,
        @Size(max = 4000) @Pattern(regexp = FreeText.PATTERN, message = FreeText.MESSAGE)
        @Schema(description = "Its mandate, at most 4,000 characters") String description) {
}
