package org.tahub.assessments.domain;

import java.util.Set;

/**
 * Where a version of an assessment stands. Only a DRAFT changes; SUBMITTED, VALIDATED and RETURNED state the state's
 * current position (one version per state at a time); SUPERSEDED versions are history.
 */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, VALIDATED, RETURNED, SUPERSEDED;

    /** The statuses of the version that states a state's current position. */
    public static final Set<AssessmentStatus> CURRENT = Set.of(SUBMITTED, VALIDATED, RETURNED);

    public boolean isCurrent() {
        return CURRENT.contains(this);
    }
}
