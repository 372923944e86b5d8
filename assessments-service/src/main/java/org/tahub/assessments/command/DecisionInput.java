package org.tahub.assessments.command;

import static org.tahub.assessments.command.InputLimits.MAX_COMMENT;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An analyst's comment on validating or returning an assessment. */
@Schema(description = "An analyst's comment")
public record DecisionInput(
        @Size(max = MAX_COMMENT) @Schema(description = "At most 4,000 characters; required when returning an assessment",
                examples = "Area V.4: please give the date the financial reporting centre began operating.") String comment) {
}
