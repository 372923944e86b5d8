package org.tahub.instruments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One of the fifteen offence groups of area III.A (III.A.1 civil aviation ... III.A.15 illicit drugs). */
@Entity
@Table(name = "offence_group")
public class OffenceGroup extends PanacheEntityBase {

    @Id
    public String code;

    public int number;

    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords = new ArrayList<>();
}
