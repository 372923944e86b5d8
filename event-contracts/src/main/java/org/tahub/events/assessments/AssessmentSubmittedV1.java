package org.tahub.events.assessments;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload of {@code tahub.assessments.assessment.submitted}: a state's submitted self-assessment with everything a
 * consumer needs to act on it without calling back: the state's profile (for eligibility), its needs (checklist
 * activities where it asks for assistance, and its statements in its own words) and its ratification status.
 *
 * @param supersedes the earlier versions this submission replaces (an earlier period, or the returned version of the
 *                   same period); each also gets its own {@code assessment.superseded} event
 * @param origin     {@code self-assessment}, or {@code ctc-synopsis-2004} for the requests of the 2004 synopsis
 * @param statuses   the state's status of every activity it answered, needed or not (to measure the impact of
 *                   assistance between one assessment and the next)
 */
public record AssessmentSubmittedV1(
        String assessmentId,
        String state,
        int period,
        int revision,
        String visibility,
        String origin,
        OffsetDateTime submittedAt,
        List<String> supersedes,
        StateProfileV1 stateProfile,
        List<NeedV1> needs,
        List<RatificationV1> ratifications,
        List<ActivityStatusV1> statuses) {
}
