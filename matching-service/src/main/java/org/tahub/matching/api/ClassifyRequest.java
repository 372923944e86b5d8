package org.tahub.matching.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need in a state's own words. */
public record ClassifyRequest(
        @Schema(description = "At most 2,000 characters", examples = "Assistance in setting up a Financial Intelligence Unit") String text,
        @Schema(description = "How many activities and areas to return (1 to 20, default 5)", examples = "5") Integer limit) {
}
