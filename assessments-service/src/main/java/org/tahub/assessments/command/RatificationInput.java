package org.tahub.assessments.command;

import static org.tahub.assessments.command.InputLimits.MAX_DATE;
import static org.tahub.assessments.command.InputLimits.MAX_ENUM;
import static org.tahub.assessments.command.InputLimits.MAX_SLUG;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state's standing towards one universal instrument of the catalogue. */
@Schema(description = "Standing towards one universal instrument")
public record RatificationInput(
        @Size(max = MAX_SLUG) @Schema(description = "Instrument slug, as in GET /api/v1/assessments/template", examples = "terrorist-financing-convention-1999") String instrument,
        @Size(max = MAX_ENUM) @Schema(description = "The state's standing", enumeration = {"PARTY", "SIGNATORY", "NOT_PARTY"}, examples = "PARTY") String status,
        @Size(max = MAX_DATE) @Schema(description = "Date of signature (YYYY-MM-DD), not before the instrument was adopted", format = "date", examples = "2001-12-04") String signedOn,
        @Size(max = MAX_DATE) @Schema(description = "Date of ratification, acceptance, approval or accession (YYYY-MM-DD); only for a party", format = "date", examples = "2003-06-27") String consentOn) {
}
