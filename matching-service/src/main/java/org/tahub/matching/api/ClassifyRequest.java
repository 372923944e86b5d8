package org.tahub.matching.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.matching.service.NeedClassification;

/** A need in a state's own words. */
public record ClassifyRequest(
        @Size(max = NeedClassification.MAX_TEXT)
        @Schema(description = "At most 2,000 characters", examples = "Assistance in setting up a Financial Intelligence Unit") String text,
        @Schema(description = "How many activities and areas to return (1 to 20, default 5)", examples = "5", minimum = "1", maximum = "20") Integer limit,
        @Schema(nullable = true, maxLength = 35, description = "The language the text is written in (BCP 47), when the writer knows it: "
                + "a tag of one of the six UN languages (fr, fr-SN, zh-Hans...) is read as that language; any other, or none, "
                + "and the language is detected", examples = "fr") String language) {
}
