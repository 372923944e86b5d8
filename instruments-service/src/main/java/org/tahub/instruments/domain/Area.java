package org.tahub.instruments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One of the eleven areas (I to XI) of the implementation checklist. */
@Entity
@Table(name = "area")
public class Area extends CatalogueEntry {

    @Id
    public String code;

    @Column(nullable = false, unique = true)
    public int number;

    @Column(nullable = false)
    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords = new ArrayList<>();

    public static List<Area> inOrder() {
        return list("order by number");
    }
}
