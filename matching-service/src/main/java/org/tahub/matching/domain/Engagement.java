package org.tahub.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Assistance agreed for one need, followed to its evaluation; {@code baselineStatus} is the activity's status when it
 * was agreed, {@code afterStatus} its status in the state's next assessment, {@code impact} the comparison.
 */
@Entity
@Table(name = "engagement")
public class Engagement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "match_id")
    public UUID matchId;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "need_id")
    public String needId;

    @Column(name = "state_iso3")
    public String state;

    @Column(name = "provider_id")
    public String providerId;

    @Column(name = "offer_id")
    public String offerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> activities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> areas = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public EngagementStatus status;

    @Column(name = "baseline_period")
    public int baselinePeriod;

    @Column(name = "baseline_status")
    public String baselineStatus;

    @Column(name = "agreed_at")
    public OffsetDateTime agreedAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "evaluated_at")
    public OffsetDateTime evaluatedAt;

    public String outcome;

    @Column(name = "evaluation_rating")
    public Integer evaluationRating;

    @Column(name = "evaluation_comment")
    public String evaluationComment;

    @Column(name = "after_assessment_id")
    public UUID afterAssessmentId;

    @Column(name = "after_period")
    public Integer afterPeriod;

    @Column(name = "after_status")
    public String afterStatus;

    public String impact;

    @Version
    public long version;
}
