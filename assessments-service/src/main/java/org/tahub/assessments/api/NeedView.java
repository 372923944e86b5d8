package org.tahub.assessments.api;

import java.util.List;
import java.util.UUID;

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
        String priority,
        String implementation,
        String text) {
}
