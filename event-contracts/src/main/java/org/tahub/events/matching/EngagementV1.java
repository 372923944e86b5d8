package org.tahub.events.matching;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload of {@code tahub.matching.engagement.started} and {@code .completed}: assistance agreed between a state and
 * a provider, for one need, as it begins delivery and as it ends ({@code outcome} says what was delivered).
 */
public record EngagementV1(
        String engagementId,
        String matchId,
        String assessmentId,
        String needId,
        String state,
        String providerId,
        String offerId,
        List<String> activities,
        String status,
        OffsetDateTime at,
        String outcome) {
}
