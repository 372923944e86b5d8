package org.tahub.instruments.domain;

/**
 * An entry of the catalogue (an area, activity, instrument or tool) was created, changed or retired, fired in the
 * transaction that did it; messaging/CatalogueEvents announces it with the entry's whole new state.
 */
public record CatalogueEntryChanged(CatalogueEntry entry, How how) {

    public enum How { CREATED, UPDATED, RETIRED }
}
