package org.tahub.events.matching;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload of {@code tahub.matching.round.requested}: matching-service asks itself to match a state's assessments
 * again, because offers that may serve them changed. Written in the transaction of the change and keyed by the state,
 * so the request survives a crash and the instance that holds the state's partition runs the round.
 *
 * @param assessments the state's assessments with current needs the change may affect
 * @param offers      the offers that changed (at most 10: a larger change is split into several requests)
 */
public record RoundRequestedV1(
        String state,
        List<String> assessments,
        String reason,
        List<String> offers,
        OffsetDateTime requestedAt) {
}
