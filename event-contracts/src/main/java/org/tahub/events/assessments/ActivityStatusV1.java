package org.tahub.events.assessments;

/** A state's status of one checklist activity: IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED or NOT_APPLICABLE. */
public record ActivityStatusV1(String activity, String status) {
}
