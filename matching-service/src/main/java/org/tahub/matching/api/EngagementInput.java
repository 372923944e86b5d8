package org.tahub.matching.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.matching.command.FreeText;

/** What a provider says on completing an engagement, or a state on evaluating it. */
public record EngagementInput(
        @Size(max = 4000) @Pattern(regexp = FreeText.PATTERN, message = FreeText.MESSAGE)
        @Schema(description = "What was delivered (completing; required, at most 4,000 characters)", examples = "Six analysts mentored for six months; first strategic analysis published.") String outcome,
        @Schema(description = "1 (useless) to 5 (excellent) (evaluating; required)", examples = "4", minimum = "1", maximum = "5") Integer rating,
        @Size(max = 4000) @Pattern(regexp = FreeText.PATTERN, message = FreeText.MESSAGE)
        @Schema(description = "The state's comment (evaluating; at most 4,000 characters)") String comment) {
}
