package org.tahub.events.matching;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload of {@code tahub.matching.match.proposed}: the proposals matching made for the needs of one assessment
 * (after it was submitted, or after offers changed), each with its score broken down in words a person can check.
 */
public record MatchesProposedV1(
        String assessmentId,
        String state,
        String reason,
        OffsetDateTime computedAt,
        List<ProposalV1> proposals) {

    public record ProposalV1(
            String matchId,
            String needId,
            String offerId,
            String providerId,
            int rank,
            double score,
            List<ComponentV1> components,
            String coordination) {
    }

    /** One part of a score: its value in [0, 1], its weight, and why. */
    public record ComponentV1(String name, double value, double weight, String explanation) {
    }
}
