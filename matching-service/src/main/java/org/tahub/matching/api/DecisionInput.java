package org.tahub.matching.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.matching.command.FreeText;
import org.tahub.edge.problem.ProblemException;

/** Why a provider accepts or declines a proposal (optional); its length and content are checked by MatchDecisions. */
public record DecisionInput(
        @Size(max = 4000) @Pattern(regexp = FreeText.PATTERN, message = FreeText.MESSAGE)
        @Schema(description = "At most 4,000 characters", examples = "A mentor is available from March.") String reason) {

    /**
     * The reason in an optional body: none, or {@code {"reason": "..."}} read by the service's JSON reader (unknown
     * fields refused, as for every body); anything else is a 400 problem.
     */
    static String reasonIn(String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return null;
        }
        DecisionInput in;
        try {
            in = json.readValue(body, DecisionInput.class);
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest("body", "must be empty or {\"reason\": \"...\"}");
        }
        return in == null ? null : in.reason();
    }
}
