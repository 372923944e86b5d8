package org.tahub.events.catalogue;

/** Lifecycle of a catalogue entry: retired entries stay readable, with this status. */
public enum EntryStatus {
    ACTIVE,
    RETIRED
}
