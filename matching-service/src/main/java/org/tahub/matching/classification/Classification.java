package org.tahub.matching.classification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a text most likely means: checklist activities and areas, best first, each with a score in [0, 1], and the
 * language it was read in.
 */
public record Classification(List<Scored> activities, List<Scored> areas,
                             @Schema(description = "The language the text was read in (BCP 47): ar, en, es, fr, ru or zh",
                                     examples = "fr")
                             String language) {

    /**
     * @param evidence the exemplars that weighed most for it (an activity's own wording, or labelled statements)
     */
    public record Scored(String code, double score, List<String> evidence) {
    }

    public String topArea() {
        return areas.isEmpty() ? null : areas.get(0).code();
    }
}
