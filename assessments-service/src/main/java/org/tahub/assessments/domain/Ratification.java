package org.tahub.assessments.domain;

import java.time.LocalDate;

/** A state's standing towards one universal instrument of the catalogue, by slug, with its dates when known. */
public record Ratification(String instrument, RatificationStatus status, LocalDate signedOn, LocalDate consentOn) {
}
