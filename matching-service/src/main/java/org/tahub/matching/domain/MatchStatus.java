package org.tahub.matching.domain;

/**
 * A proposal's life: PROPOSED by matching; ACCEPTED or DECLINED by the provider; AGREED by the state (an engagement
 * begins); WITHDRAWN when it no longer stands (its need superseded, its offer withdrawn, a better round replaced it).
 */
public enum MatchStatus {
    PROPOSED, ACCEPTED, DECLINED, AGREED, WITHDRAWN
}
