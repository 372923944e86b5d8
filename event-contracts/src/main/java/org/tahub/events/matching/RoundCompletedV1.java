package org.tahub.events.matching;

import java.time.OffsetDateTime;

/**
 * Payload of {@code tahub.matching.round.completed}: a matching round of one assessment ended. Its counts say what
 * the round did; the proposals themselves are the round's records on the proposals topic, which carry its id.
 * Published on tahub.matching.v1 keyed by the state: always after a submission, after a rematch only when something
 * changed.
 *
 * @param standing  the proposals that stand after the round (whatever a provider or the state decided since)
 * @param added     of them, the proposals new in this round (or standing again after a withdrawal)
 * @param changed   of them, the proposals whose rank, score or explanation this round changed
 * @param withdrawn the proposals this round withdrew
 */
public record RoundCompletedV1(
        String roundId,
        String assessmentId,
        String state,
        String reason,
        OffsetDateTime computedAt,
        int standing,
        int added,
        int changed,
        int withdrawn) {
}
