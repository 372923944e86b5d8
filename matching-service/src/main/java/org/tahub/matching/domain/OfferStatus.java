package org.tahub.matching.domain;

/** An offer is ACTIVE until its provider withdraws it; a withdrawn offer is no longer proposed. */
public enum OfferStatus {
    ACTIVE, WITHDRAWN
}
