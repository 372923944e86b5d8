package org.tahub.assessments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A UN Member State or observer State, as the registry knows it. */
@Entity
@Table(name = "state")
public class State extends PanacheEntityBase {

    @Id
    public String iso3;

    public String iso2;

    public String m49;

    public String name;

    @Column(name = "official_name")
    public String officialName;

    @Column(name = "un_status")
    public String unStatus;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "region_name")
    public String regionName;

    @Column(name = "subregion_code")
    public String subRegionCode;

    @Column(name = "subregion_name")
    public String subRegionName;

    @Column(name = "intermediate_code")
    public String intermediateRegionCode;

    @Column(name = "intermediate_name")
    public String intermediateRegionName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "un_languages")
    public List<String> unLanguages = new ArrayList<>();

    @Column(name = "legal_tradition")
    public String legalTradition;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "legal_systems")
    public List<String> legalSystems = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> memberships = new ArrayList<>();

    public String fsrb;

    public String notes;
}
