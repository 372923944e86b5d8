package org.tahub.assessments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** This service's copy of a checklist area, kept from tahub.catalogue.v1. */
@Entity
@Table(name = "checklist_area")
public class ChecklistArea extends PanacheEntityBase {

    @Id
    public String code;

    public int number;

    public String title;

    public String status;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
