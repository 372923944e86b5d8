package org.tahub.events.assessments;

import java.time.OffsetDateTime;

/**
 * Payload of {@code tahub.assessments.assessment.superseded}: this version no longer states the state's position;
 * {@code supersededBy} does (a later period, or a revision of the same period). Its needs are no longer current.
 */
public record AssessmentSupersededV1(
        String assessmentId,
        String state,
        int period,
        int revision,
        String supersededBy,
        int supersededByPeriod,
        int supersededByRevision,
        OffsetDateTime supersededAt) {
}
