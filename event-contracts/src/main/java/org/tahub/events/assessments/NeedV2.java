package org.tahub.events.assessments;

import java.util.List;

/**
 * One need of an assessment, as in {@link NeedV1}, with the language its text is written in.
 *
 * @param id               stable within the assessment: {@code activity:V.4} or {@code statement:3}
 * @param kind             {@code activity} or {@code statement}
 * @param activities       the checklist activity of an activity need; for a statement, the activities it was tagged
 *                         with, possibly none
 * @param areas            the areas of those activities, or the areas a statement was tagged with
 * @param priority         HIGH, MEDIUM or LOW; null for a statement the state gave no priority
 * @param implementation   for an activity need, the state's status of it; null for a statement
 * @param text             the narrative of an activity need, or the statement itself
 * @param language         the language of {@code text} as a BCP 47 tag (as the state gave it, or detected among the
 *                         six UN languages); null without a text, or for a need stored before languages were kept
 * @param languageDetected true when TA Hub detected the language, false when the state gave it; null without one
 */
public record NeedV2(
        String id,
        String kind,
        List<String> activities,
        List<String> areas,
        String priority,
        String implementation,
        String text,
        String language,
        Boolean languageDetected) {

    /** A need of the first version, whose language is not known. */
    public static NeedV2 of(NeedV1 n) {
        return new NeedV2(n.id(), n.kind(), n.activities(), n.areas(), n.priority(), n.implementation(), n.text(),
                null, null);
    }

    /** This need as the first version carries it (without its language), for the deprecation window. */
    public NeedV1 toV1() {
        return new NeedV1(id, kind, activities, areas, priority, implementation, text);
    }
}
