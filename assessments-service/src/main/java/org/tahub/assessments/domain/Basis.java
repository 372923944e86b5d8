package org.tahub.assessments.domain;

/** Whether a status describes the law (de jure), the practice (de facto), or both. */
public enum Basis {
    DE_JURE, DE_FACTO, BOTH
}
