package org.tahub.assessments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation states belong to (OAS, Council of Europe, AU, ASEAN, a FATF-style regional body, ...). */
@Entity
@Table(name = "body")
public class Body extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "member_count")
    public Integer memberCount;

    public String notes;
}
