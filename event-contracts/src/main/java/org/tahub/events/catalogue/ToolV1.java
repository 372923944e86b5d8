package org.tahub.events.catalogue;

import java.util.List;

/**
 * Payload of {@code tahub.catalogue.tool.*}: the whole current state of one technical-assistance tool of the
 * Compendium's Part B (legislative guide, model law, handbook, implementation kit, digest).
 */
public record ToolV1(
        String slug,
        String title,
        String shortName,
        String kind,
        String publisher,
        String publisherBody,
        int year,
        List<String> languages,
        List<String> categories,
        List<String> areas,
        List<String> activities,
        List<String> instruments,
        EntryStatus status,
        long version) {
}
