package org.tahub.matching.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.matching.classification.Classification;
import org.tahub.matching.classification.NeedSplitter;

/**
 * What a statement most likely means: the ranking of the whole text, and the needs it holds, each with its span and
 * its own ranking (one need, the whole text, when it holds one).
 */
@Schema(description = "A statement read: its ranking as a whole, and the needs it holds, each with the span of the text it came from")
public record ClassificationView(
        @Schema(description = "Activities for the whole text, best first") List<Classification.Scored> activities,
        @Schema(description = "Areas for the whole text, best first") List<Classification.Scored> areas,
        @Schema(description = "The language the text was read in (BCP 47): ar, en, es, fr, ru or zh", examples = "en")
        String language,
        @Schema(description = "The needs the text holds, in its order: a paragraph that lists several is read as several")
        List<NeedFound> needs) {

    /** One need of the text. */
    @Schema(description = "One need found in the text")
    public record NeedFound(
            @Schema(description = "Where it starts in the text (UTF-16 offset, from 0)", examples = "0") int start,
            @Schema(description = "Where it ends (exclusive)", examples = "64") int end,
            @Schema(description = "The text of the span", examples = "We need analysts and software for the financial intelligence unit")
            String text,
            @Schema(description = "The language this span was read in (BCP 47)", examples = "en") String language,
            List<Classification.Scored> activities,
            List<Classification.Scored> areas) {
    }

    static ClassificationView of(String text, Classification whole, List<NeedSplitter.Part> parts) {
        return new ClassificationView(whole.activities(), whole.areas(), whole.language(), parts.stream()
                .map(p -> new NeedFound(p.span().start(), p.span().end(), p.span().of(text),
                        p.classification().language(), p.classification().activities(), p.classification().areas()))
                .toList());
    }
}
