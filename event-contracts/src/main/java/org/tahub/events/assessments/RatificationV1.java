package org.tahub.events.assessments;

import java.time.LocalDate;

/**
 * The state's status towards one universal instrument, as it reports it.
 *
 * @param instrument the catalogue slug, e.g. {@code terrorist-financing-convention-1999}
 * @param status     PARTY, SIGNATORY or NOT_PARTY
 * @param signedOn   date of signature, when known
 * @param consentOn  date of ratification, acceptance, approval or accession, when a party
 */
public record RatificationV1(String instrument, String status, LocalDate signedOn, LocalDate consentOn) {
}
