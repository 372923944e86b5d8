package org.tahub.assessments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** This service's copy of a Compendium instrument (for ratification status), kept from tahub.catalogue.v1. */
@Entity
@Table(name = "catalogue_instrument")
public class CatalogueInstrument extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(name = "compendium_ref")
    public String compendiumRef;

    public String part;

    public String section;

    public String title;

    @Column(name = "short_name")
    public String shortName;

    public String kind;

    public String scope;

    @Column(name = "adopted_year")
    public int adoptedYear;

    public String status;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
