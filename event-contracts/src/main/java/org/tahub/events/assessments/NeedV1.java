package org.tahub.events.assessments;

import java.util.List;

/**
 * One need of an assessment.
 *
 * @param id             stable within the assessment: {@code activity:V.4} or {@code statement:3}
 * @param kind           {@code activity} (a checklist activity where the state asks for assistance) or
 *                       {@code statement} (a need in the state's own words)
 * @param activities     the checklist activity of an activity need; for a statement, the activities the state (or,
 *                       for the 2004 synopsis, an analyst) tagged it with, possibly none
 * @param areas          the areas of those activities, or the areas a statement was tagged with
 * @param priority       HIGH, MEDIUM or LOW; null for a statement the state gave no priority
 * @param implementation for an activity need, the state's status of it (IMPLEMENTED, PARTIALLY_IMPLEMENTED,
 *                       NOT_IMPLEMENTED); null for a statement
 * @param text           the narrative of an activity need, or the statement itself
 */
public record NeedV1(
        String id,
        String kind,
        List<String> activities,
        List<String> areas,
        String priority,
        String implementation,
        String text) {
}
