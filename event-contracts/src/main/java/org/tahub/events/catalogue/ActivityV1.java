package org.tahub.events.catalogue;

import java.util.List;

/**
 * Payload of {@code tahub.catalogue.activity.*}: the whole current state of one implementation activity of the
 * checklist (e.g. {@code V.4}, {@code III.A.7.3}), so that a consumer needs nothing but the latest event per key.
 */
public record ActivityV1(
        String code,
        String area,
        String section,
        String offenceGroup,
        int ordinal,
        String title,
        String description,
        List<String> keywords,
        EntryStatus status,
        long version) {
}
