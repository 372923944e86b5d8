package org.tahub.events.matching;

import java.time.OffsetDateTime;

/** Payload of {@code tahub.matching.match.accepted} and {@code .declined}: a provider's answer to a proposal. */
public record MatchDecisionV1(
        String matchId,
        String assessmentId,
        String needId,
        String state,
        String offerId,
        String providerId,
        String decision,
        String decidedBy,
        String reason,
        OffsetDateTime decidedAt) {
}
