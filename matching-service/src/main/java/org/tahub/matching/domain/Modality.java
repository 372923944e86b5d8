package org.tahub.matching.domain;

/** How assistance is delivered; the report's guideline 10 asks for online delivery, mentoring and legislators too. */
public enum Modality {
    LEGISLATIVE_DRAFTING, TRAINING, MENTORING, EXPERT_ADVICE, ONLINE_COURSE, EQUIPMENT, STUDY_VISIT, WORKSHOP,
    LEGISLATOR_ENGAGEMENT
}
