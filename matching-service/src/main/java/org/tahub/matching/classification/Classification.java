package org.tahub.matching.classification;

import java.util.List;

/** What a text most likely means: checklist activities and areas, best first, each with a score in [0, 1]. */
public record Classification(List<Scored> activities, List<Scored> areas) {

    /**
     * @param evidence the exemplars that weighed most for it (an activity's own wording, or labelled statements)
     */
    public record Scored(String code, double score, List<String> evidence) {
    }

    public String topArea() {
        return areas.isEmpty() ? null : areas.get(0).code();
    }
}
