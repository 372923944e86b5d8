package org.tahub.matching.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of one catalogue entry (activity, area, instrument or tool), kept from tahub.catalogue.v1. */
@Entity
@Table(name = "catalogue_entry")
public class CatalogueCopy extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "area_codes")
    public List<String> areas = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> activities = new ArrayList<>();

    public String status;

    public long version;

    /** The event's payload as received, for the fields matching reads later. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Embeddable
    public record Key(@Column(name = "entry_type") String type, @Column(name = "entry_id") String id)
            implements Serializable {
    }
}
