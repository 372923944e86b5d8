package org.tahub.matching.domain;

/** An engagement's life: AGREED by the state, IN_DELIVERY, COMPLETED by the provider, EVALUATED by the state. */
public enum EngagementStatus {
    AGREED, IN_DELIVERY, COMPLETED, EVALUATED
}
