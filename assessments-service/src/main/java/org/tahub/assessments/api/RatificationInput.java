package org.tahub.assessments.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The state's standing towards one universal instrument of the catalogue. */
@Schema(description = "Standing towards one universal instrument")
public record RatificationInput(
        @Schema(description = "Instrument slug, as in GET /api/v1/assessments/template", examples = "terrorist-financing-convention-1999") String instrument,
        @Schema(description = "PARTY, SIGNATORY or NOT_PARTY", examples = "PARTY") String status,
        @Schema(description = "Date of signature (YYYY-MM-DD)", examples = "2001-12-04") String signedOn,
        @Schema(description = "Date of ratification, acceptance, approval or accession (YYYY-MM-DD); only for a party", examples = "2003-06-27") String consentOn) {
}
