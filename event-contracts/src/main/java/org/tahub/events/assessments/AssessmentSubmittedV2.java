package org.tahub.events.assessments;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload of {@code tahub.assessments.assessment.submitted.v2}: as {@link AssessmentSubmittedV1}, with the language
 * of every need's text ({@link NeedV2}). While the first version is published beside it (see
 * {@code EventType.ASSESSMENT_SUBMITTED}), both announce the same submission: a consumer handles one of them.
 */
public record AssessmentSubmittedV2(
        String assessmentId,
        String state,
        int period,
        int revision,
        String visibility,
        String origin,
        OffsetDateTime submittedAt,
        List<String> supersedes,
        StateProfileV1 stateProfile,
        List<NeedV2> needs,
        List<RatificationV1> ratifications,
        List<ActivityStatusV1> statuses) {

    /** A submission published in the first version only (before the second existed): its languages are unknown. */
    public static AssessmentSubmittedV2 of(AssessmentSubmittedV1 s) {
        return new AssessmentSubmittedV2(s.assessmentId(), s.state(), s.period(), s.revision(), s.visibility(),
                s.origin(), s.submittedAt(), s.supersedes(), s.stateProfile(),
                s.needs().stream().map(NeedV2::of).toList(), s.ratifications(), s.statuses());
    }

    /** The same submission in the first version, published beside this one during the deprecation window. */
    public AssessmentSubmittedV1 toV1() {
        return new AssessmentSubmittedV1(assessmentId, state, period, revision, visibility, origin, submittedAt,
                supersedes, stateProfile, needs.stream().map(NeedV2::toV1).toList(), ratifications, statuses);
    }
}
