package org.tahub.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a provider accepts or declines a proposal (optional). */
public record DecisionInput(@Schema(description = "At most 4,000 characters", examples = "A mentor is available from March.") String reason) {

    /** The reason in an optional body: none, or {@code {"reason": "..."}}; anything else is a 400 problem. */
    static String reasonIn(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return org.tahub.events.EventCodec.mapper().readValue(body, DecisionInput.class).reason();
        } catch (java.io.IOException e) {
            throw org.tahub.problems.ProblemException.badRequest("body", "must be empty or {\"reason\": \"...\"}");
        }
    }
}
