package org.tahub.events.catalogue;

import java.util.List;

/** Payload of {@code tahub.catalogue.area.*}: the whole current state of one checklist area (I to XI). */
public record AreaV1(
        String code,
        int number,
        String title,
        String description,
        List<String> keywords,
        EntryStatus status,
        long version) {
}
