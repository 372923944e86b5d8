package org.tahub.instruments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One implementation activity of the checklist, e.g. {@code V.4} "Establish financial intelligence units (FIUs)":
 * what a state assesses itself against and what assistance is offered for.
 */
@Entity
@Table(name = "activity")
public class Activity extends CatalogueEntry {

    @Id
    public String code;

    @Column(name = "area_code", nullable = false)
    public String area;

    public String section;

    @Column(name = "offence_group")
    public String offenceGroup;

    @Column(nullable = false, unique = true)
    public int ordinal;

    @Column(nullable = false)
    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> details = new ArrayList<>();

    @Column(name = "seed_note")
    public String seedNote;
}
