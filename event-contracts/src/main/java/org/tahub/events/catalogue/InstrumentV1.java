package org.tahub.events.catalogue;

import java.time.LocalDate;
import java.util.List;

/**
 * Payload of {@code tahub.catalogue.instrument.*}: the whole current state of one legal instrument, resolution or
 * declaration of the Compendium (Parts A and C).
 */
public record InstrumentV1(
        String slug,
        String compendiumRef,
        String part,
        String section,
        String title,
        String shortName,
        String kind,
        String scope,
        String adoptingBody,
        LocalDate adoptedOn,
        int adoptedYear,
        String depositary,
        LocalDate entryIntoForce,
        List<String> areas,
        List<String> offenceGroups,
        List<String> activities,
        EntryStatus status,
        long version) {
}
