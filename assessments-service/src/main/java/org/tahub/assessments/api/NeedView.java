package org.tahub.assessments.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.Need;
import org.tahub.assessments.domain.State;
import org.tahub.assessments.service.NeedsQuery;

/**
 * A need of a state's current assessment: a checklist activity where it asks for assistance, or a statement in its
 * own words.
 */
public record NeedView(
        String id,
        UUID assessmentId,
        String state,
        String stateName,
        String regionCode,
        String subregionCode,
        int period,
        String assessmentStatus,
        String visibility,
        String kind,
        List<String> activities,
        List<String> areas,
        @Schema(nullable = true) String priority,
        @Schema(nullable = true) String implementation,
        @Schema(nullable = true) String text,
        @Schema(nullable = true, description = "The language of text (BCP 47), as the state gave it or detected among the six UN languages", examples = "fr")
        String language,
        @Schema(nullable = true, description = "true when the language was detected, false when the state gave it; null without a language", examples = "false")
        Boolean languageDetected) {

    public static NeedView of(NeedsQuery.StatedNeed stated) {
        Need n = stated.need();
        Assessment a = stated.assessment();
        State s = stated.state();
        return new NeedView(n.needId, n.assessmentId, n.state, s.name, s.regionCode, s.subRegionCode, a.period,
                a.status.name(), a.visibility.name(), n.kind, n.activities, n.areas,
                n.priority == null ? null : n.priority.name(),
                n.implementation == null ? null : n.implementation.name(), n.text, n.language,
                n.language == null ? null : n.languageDetected);
    }
}
