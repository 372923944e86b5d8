package org.tahub.assessments.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need in the state's own words. */
@Schema(description = "A need in the state's own words")
public record StatementInput(
        @Schema(description = "The need, at most 2,000 characters", examples = "Assistance in setting up a Financial Intelligence Unit") String text,
        @Schema(description = "HIGH, MEDIUM or LOW (optional)", examples = "HIGH") String priority,
        @Schema(description = "Areas the state tags it with (optional; matching classifies untagged statements)", examples = "[\"V\"]") List<String> areas,
        @Schema(description = "Activities the state tags it with (optional)", examples = "[\"V.4\"]") List<String> activities) {
}
