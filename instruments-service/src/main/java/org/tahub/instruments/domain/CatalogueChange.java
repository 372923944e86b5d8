package org.tahub.instruments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The audit trail of the catalogue: who created, changed or retired which entry, when, and what changed. */
@Entity
@Table(name = "catalogue_change")
public class CatalogueChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_type")
    public String entryType;

    @Column(name = "entry_id")
    public String entryId;

    public String action;

    public long version;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** Field name to {@code {"from": ..., "to": ...}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> changes;
}
