package org.tahub.assessments.domain;

/**
 * Who may read an assessment besides its state and the CTC's analysts, as the state chooses: nobody
 * (CONFIDENTIAL), assistance providers (PROVIDERS), or everyone (PUBLIC).
 */
public enum Visibility {
    CONFIDENTIAL, PROVIDERS, PUBLIC
}
