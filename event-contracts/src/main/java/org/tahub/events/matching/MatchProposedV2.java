package org.tahub.events.matching;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload of {@code tahub.matching.match.proposed.v2}: one proposal that a round made or changed, as it now stands,
 * with its score broken down in words a person can check. Published on the compacted proposals topic with the
 * proposal's id as key, so the topic's latest record per key is the proposal's current reading; the round's
 * {@code tahub.matching.round.completed} notice follows on tahub.matching.v1.
 */
public record MatchProposedV2(
        String matchId,
        String roundId,
        String assessmentId,
        String state,
        String needId,
        String offerId,
        String providerId,
        int rank,
        double score,
        List<Component> components,
        String coordination,
        String reason,
        OffsetDateTime computedAt) {

    /** One part of a score: its value in [0, 1], its weight, and why. */
    public record Component(String name, double value, double weight, String explanation) {
    }

    /** The proposal in the first version's shape, for the deprecated match.proposed (docs/events.md, "Versions"). */
    public MatchesProposedV1.ProposalV1 toV1() {
        return new MatchesProposedV1.ProposalV1(matchId, needId, offerId, providerId, rank, score, components.stream()
                .map(c -> new MatchesProposedV1.ComponentV1(c.name(), c.value(), c.weight(), c.explanation())).toList(),
                coordination);
    }
}
