package org.tahub.assessments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** This service's copy of a checklist activity, kept from tahub.catalogue.v1 (never edited here). */
@Entity
@Table(name = "checklist_activity")
public class ChecklistActivity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "area_code")
    public String area;

    public String section;

    @Column(name = "offence_group")
    public String offenceGroup;

    public int ordinal;

    public String title;

    public String description;

    public String status;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
