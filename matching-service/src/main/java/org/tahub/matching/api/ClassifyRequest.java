package org.tahub.matching.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.matching.service.NeedClassification;

/** A need in a state's own words. */
public record ClassifyRequest(
        @Size(max = NeedClassification.MAX_TEXT)
        @Schema(description = "At most 2,000 characters", examples = "Assistance in setting up a Financial Intelligence Unit") String text,
        @Schema(description = "How many activities and areas to return (1 to 20, default 5)", examples = "5", minimum = "1", maximum = "20") Integer limit) {
}
