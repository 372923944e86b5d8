package org.tahub.events.matching;

import java.time.OffsetDateTime;

/**
 * Payload of {@code tahub.matching.match.withdrawn}: a proposal that a round found no longer stands (its need was
 * superseded, its offer withdrawn or changed, a better one took its place). On the proposals topic with the
 * proposal's id as key; should the proposal stand again, a later {@code match.proposed.v2} of the same id replaces it.
 */
public record MatchWithdrawnV1(
        String matchId,
        String roundId,
        String assessmentId,
        String state,
        String needId,
        String offerId,
        String providerId,
        String reason,
        OffsetDateTime withdrawnAt) {
}
