package org.tahub.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a provider says on completing an engagement, or a state on evaluating it. */
public record EngagementInput(
        @Schema(description = "What was delivered (completing; required, at most 4,000 characters)", examples = "Six analysts mentored for six months; first strategic analysis published.") String outcome,
        @Schema(description = "1 (useless) to 5 (excellent) (evaluating; required)", examples = "4") Integer rating,
        @Schema(description = "The state's comment (evaluating; at most 4,000 characters)") String comment) {
}
