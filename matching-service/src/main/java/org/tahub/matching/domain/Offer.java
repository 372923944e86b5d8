package org.tahub.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Assistance a provider offers: what it covers (areas, activities), how (modality, languages), for whom (eligible
 * states, regions, memberships, legal traditions; empty means any), how much at once (capacity), when and at what
 * indicative cost.
 */
@Entity
@Table(name = "offer")
public class Offer extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "provider_id")
    public String providerId;

    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> areas = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> activities = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Modality modality;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_states")
    public List<String> eligibleStates = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_regions")
    public List<String> eligibleRegions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_memberships")
    public List<String> eligibleMemberships = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "legal_traditions")
    public List<String> legalTraditions = new ArrayList<>();

    public int capacity;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "indicative_cost_usd")
    public Long indicativeCostUsd;

    @Column(name = "cost_note")
    public String costNote;

    @Enumerated(EnumType.STRING)
    public OfferStatus status = OfferStatus.ACTIVE;

    public boolean demonstration;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
