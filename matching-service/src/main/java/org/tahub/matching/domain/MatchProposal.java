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
import java.util.UUID;

/** An offer proposed for a need, with its score broken down, and where it stands. */
@Entity
@Table(name = "match_proposal")
public class MatchProposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "need_id")
    public String needId;

    @Column(name = "state_iso3")
    public String state;

    @Column(name = "offer_id")
    public String offerId;

    @Column(name = "provider_id")
    public String providerId;

    public int rank;

    public double score;

    /** The score's components as JSON: [{name, value, weight, explanation}]. */
    public String components;

    public String explanation;

    public String coordination;

    /** The SHA-256 of the engine's reading (rank, score, components, explanation, coordination) last written. */
    @Column(name = "reading_digest")
    public byte[] readingDigest;

    @Enumerated(EnumType.STRING)
    public MatchStatus status;

    /** The round that last made, changed or withdrew the proposal; its records on the proposals topic carry it. */
    @Column(name = "round_id")
    public UUID roundId;

    /** Why that round ran (assessment-submitted, offers-changed, assessment-superseded, ...). */
    @Column(name = "round_reason")
    public String roundReason;

    @Column(name = "round_at")
    public OffsetDateTime roundAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Version
    public long version;
}
