package org.tahub.assessments.domain;

/** The priority a state gives to assistance for a need. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
