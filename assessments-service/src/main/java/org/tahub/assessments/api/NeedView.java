package org.tahub.assessments.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
}
