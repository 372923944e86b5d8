package org.tahub.matching.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tahub.matching.domain.Engagement;

/** An engagement, its delivery, its evaluation and its measured impact. */
public record EngagementView(UUID id, UUID matchId, UUID assessmentId, String needId, String state, String providerId,
                             String offerId, List<String> activities, List<String> areas, String status,
                             int baselinePeriod, String baselineStatus, OffsetDateTime agreedAt,
                             OffsetDateTime startedAt, OffsetDateTime completedAt, OffsetDateTime evaluatedAt,
                             String outcome, Integer evaluationRating, String evaluationComment, Integer afterPeriod,
                             String afterStatus, String impact) {

    public static EngagementView of(Engagement e) {
        return new EngagementView(e.id, e.matchId, e.assessmentId, e.needId, e.state, e.providerId, e.offerId,
                e.activities, e.areas, e.status.name(), e.baselinePeriod, e.baselineStatus, e.agreedAt, e.startedAt,
                e.completedAt, e.evaluatedAt, e.outcome, e.evaluationRating, e.evaluationComment, e.afterPeriod,
                e.afterStatus, e.impact);
    }
}
