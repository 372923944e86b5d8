package org.tahub.instruments.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.tahub.events.catalogue.EntryStatus;

/**
 * What every curated catalogue entry (area, activity, instrument, tool) has: a status (retired entries stay
 * readable), an optimistic-locking version (its ETag), the hash of the reference record it was last loaded from,
 * and who changed it last and when.
 */
@MappedSuperclass
public abstract class CatalogueEntry extends PanacheEntityBase {

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
}
