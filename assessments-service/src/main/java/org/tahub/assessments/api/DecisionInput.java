package org.tahub.assessments.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An analyst's comment on validating or returning an assessment. */
@Schema(description = "An analyst's comment")
public record DecisionInput(
        @Schema(description = "At most 4,000 characters; required when returning an assessment",
                examples = "Area V.4: please give the date the financial reporting centre began operating.") String comment) {
}
