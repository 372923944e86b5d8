package org.tahub.instruments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A heading of the Compendium's Part B (e.g. B.3.5 "Offences related to the financing of terrorism"). */
@Entity
@Table(name = "tool_category")
public class ToolCategory extends PanacheEntityBase {

    @Id
    public String code;

    public int ordinal;

    public String title;

    @Column(name = "area_code")
    public String area;

    @Column(name = "offence_group")
    public String offenceGroup;

    public static List<ToolCategory> inOrder() {
        return list("order by ordinal");
    }
}
