package org.tahub.assessments.domain;

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

/** One version of a state's self-assessment for a period (see V3__assessments.sql for the lifecycle). */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    public static final String SELF_ASSESSMENT = "self-assessment";
    public static final String SYNOPSIS_2004 = "ctc-synopsis-2004";

    @Id
    public UUID id;

    @Column(name = "state_iso3")
    public String state;

    public int period;

    public int revision;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    @Enumerated(EnumType.STRING)
    public Visibility visibility;

    public String origin;

    public String source;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Answer> answers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Ratification> ratifications = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Statement> statements = new ArrayList<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_comment")
    public String decisionComment;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;

    @Version
    public long version;
}
