package org.tahub.matching.api;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.events.EventCodec;
import org.tahub.matching.domain.MatchProposal;

/** A proposal: which offer for which need, its score and each component of it, and where it stands. */
public record MatchView(
        UUID id,
        UUID assessmentId,
        String needId,
        String state,
        String offerId,
        String providerId,
        int rank,
        double score,
        List<Component> components,
        String explanation,
        @Schema(nullable = true) String coordination,
        String status,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(nullable = true) String decidedBy,
        @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true) String decisionReason) {

    public record Component(String name, double value, double weight, String explanation) {
    }

    public static MatchView of(MatchProposal p) {
        List<Component> components;
        try {
            components = EventCodec.mapper().readValue(p.components, new TypeReference<List<Component>>() { });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new MatchView(p.id, p.assessmentId, p.needId, p.state, p.offerId, p.providerId, p.rank, p.score,
                components, p.explanation, p.coordination, p.status.name(), p.createdAt, p.updatedAt, p.decidedBy,
                p.decidedAt, p.decisionReason);
    }
}
