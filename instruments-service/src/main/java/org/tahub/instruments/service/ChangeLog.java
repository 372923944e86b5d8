package org.tahub.instruments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.tahub.instruments.domain.CatalogueChange;

/** The audit trail: written in the transaction of the change itself, read per entry. */
@ApplicationScoped
public class ChangeLog {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entryType, String entryId, String action, long version, String actor,
                       Map<String, Object> changes) {
        CatalogueChange c = new CatalogueChange();
        c.entryType = entryType;
        c.entryId = entryId;
        c.action = action;
        c.version = version;
        c.changedBy = actor;
        c.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        c.changes = changes;
        c.persist();
    }

    /** An entry's changes, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueChange> history(String entryType, String entryId) {
        return CatalogueChange.list("entryType = ?1 and entryId = ?2 order by id", entryType, entryId);
    }
}
