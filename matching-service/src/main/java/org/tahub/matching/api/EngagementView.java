package org.tahub.matching.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.matching.domain.Engagement;

/** An engagement, its delivery, its evaluation and its measured impact. */
public record EngagementView(
        UUID id,
        UUID matchId,
        UUID assessmentId,
        String needId,
        String state,
        String providerId,
        String offerId,
        List<String> activities,
        List<String> areas,
        String status,
        int baselinePeriod,
        String baselineStatus,
        OffsetDateTime agreedAt,
        @Schema(nullable = true) OffsetDateTime startedAt,
        @Schema(nullable = true) OffsetDateTime completedAt,
        @Schema(nullable = true) OffsetDateTime evaluatedAt,
        @Schema(nullable = true) String outcome,
        @Schema(nullable = true) Integer evaluationRating,
        @Schema(nullable = true) String evaluationComment,
        @Schema(nullable = true) Integer afterPeriod,
        @Schema(nullable = true) String afterStatus,
        @Schema(nullable = true) String impact) {

    public static EngagementView of(Engagement e) {
        return new EngagementView(e.id, e.matchId, e.assessmentId, e.needId, e.state, e.providerId, e.offerId,
                e.activities, e.areas, e.status.name(), e.baselinePeriod, e.baselineStatus, e.agreedAt, e.startedAt,
                e.completedAt, e.evaluatedAt, e.outcome, e.evaluationRating, e.evaluationComment, e.afterPeriod,
                e.afterStatus, e.impact);
    }
}
