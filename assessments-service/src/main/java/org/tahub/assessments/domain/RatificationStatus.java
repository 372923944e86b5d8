package org.tahub.assessments.domain;

/** A state's standing towards a universal instrument. */
public enum RatificationStatus {
    PARTY, SIGNATORY, NOT_PARTY
}
