package org.tahub.assessments.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A state's answer for one checklist activity. */
@Schema(description = "An answer for one checklist activity")
public record AnswerInput(
        @Schema(description = "Checklist activity code (may be left out in PUT .../answers/{activity})", examples = "V.4") String activity,
        @Schema(description = "IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED or NOT_APPLICABLE", examples = "PARTIALLY_IMPLEMENTED") String status,
        @Schema(description = "DE_JURE (in law), DE_FACTO (in practice) or BOTH", examples = "DE_JURE") String basis,
        @Schema(description = "Whether the state asks for assistance with it", examples = "true") Boolean assistanceNeeded,
        @Schema(description = "HIGH, MEDIUM or LOW; required when assistance is needed, refused otherwise", examples = "HIGH") String priority,
        @Schema(description = "What the state says about it, at most 4,000 characters") String narrative,
        @Schema(description = "Links (http or https) to laws, reports or other evidence; at most 10") List<String> evidence) {
}
