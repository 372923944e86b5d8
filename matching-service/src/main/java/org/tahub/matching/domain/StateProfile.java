package org.tahub.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A state as matching knows it from the assessments' events: what eligibility is judged on. */
@Entity
@Table(name = "state_profile")
public class StateProfile extends PanacheEntityBase {

    @Id
    public String iso3;

    public String iso2;

    public String name;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "subregion_code")
    public String subregionCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "un_languages")
    public List<String> languages = new ArrayList<>();

    @Column(name = "legal_tradition")
    public String legalTradition;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> memberships = new ArrayList<>();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
