package org.tahub.events.assessments;

import java.time.OffsetDateTime;

/**
 * Payload of {@code tahub.assessments.assessment.validated} and {@code tahub.assessments.assessment.returned}: a
 * CTC analyst's decision on a submitted assessment, with the analyst's comment.
 */
public record AssessmentDecisionV1(
        String assessmentId,
        String state,
        int period,
        int revision,
        String decision,
        String decidedBy,
        String comment,
        OffsetDateTime decidedAt) {
}
