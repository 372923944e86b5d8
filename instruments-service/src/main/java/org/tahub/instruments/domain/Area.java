package org.tahub.instruments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tahub.events.catalogue.EntryStatus;

/** One of the eleven areas (I to XI) of the implementation checklist. */
@Entity
@Table(name = "area")
public class Area extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false, unique = true)
    public int number;

    @Column(nullable = false)
    public String title;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> keywords = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public EntryStatus status = EntryStatus.ACTIVE;

    @Version
    public long version;

    @Column(name = "seed_hash")
    public String seedHash;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static List<Area> inOrder() {
        return list("order by number");
    }
}
