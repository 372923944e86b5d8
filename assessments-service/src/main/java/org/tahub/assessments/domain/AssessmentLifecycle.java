package org.tahub.assessments.domain;

import java.util.List;

/**
 * What happens to an assessment that others must hear of, fired in the transaction that did it;
 * messaging/AssessmentEvents announces each on {@code tahub.assessments.v1}.
 */
public sealed interface AssessmentLifecycle {

    /** Submitted, with the state as it stands, the needs written for it and the ids of the assessments it replaces. */
    record Submitted(Assessment assessment, State state, List<Need> needs, List<String> supersedes)
            implements AssessmentLifecycle {
    }

    /** Validated or returned by a CTC analyst (its status says which). */
    record Decided(Assessment assessment) implements AssessmentLifecycle {
    }

    /** Replaced by a later assessment of the same state. */
    record Superseded(Assessment old, Assessment by) implements AssessmentLifecycle {
    }
}
