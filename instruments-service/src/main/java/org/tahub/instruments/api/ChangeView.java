package org.tahub.instruments.api;

import java.time.OffsetDateTime;
import java.util.Map;
import org.tahub.instruments.domain.CatalogueChange;

/** One line of an entry's audit trail. */
public record ChangeView(String action, long version, String changedBy, OffsetDateTime changedAt,
                         Map<String, Object> changes) {

    static ChangeView of(CatalogueChange c) {
        return new ChangeView(c.action, c.version, c.changedBy, c.changedAt, c.changes);
    }
}
