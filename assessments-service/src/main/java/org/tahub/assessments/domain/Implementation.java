package org.tahub.assessments.domain;

/** How far a state has implemented a checklist activity; the order is the order of progress. */
public enum Implementation {
    NOT_IMPLEMENTED, PARTIALLY_IMPLEMENTED, IMPLEMENTED, NOT_APPLICABLE;

    /** 0, 1, 2 for the three steps of progress; -1 for not applicable, which is not compared. */
    public int rank() {
        return this == NOT_APPLICABLE ? -1 : ordinal();
    }
}
