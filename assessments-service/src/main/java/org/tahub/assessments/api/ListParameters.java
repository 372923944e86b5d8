package org.tahub.assessments.api;

import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.AssessmentStatus;
import org.tahub.assessments.domain.Priority;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.problem.ProblemException;
import org.tahub.assessments.command.InputLimits;

/**
 * The query parameters only this service's lists take, each refused with a 400 problem naming it when wrong; those
 * every service shares (codes, paging, whole numbers) are read by the http-edge module.
 */
final class ListParameters {

    /** The latest period a filter may name; no assessment is for a later one. */
    static final int LAST_PERIOD = 2100;

    private ListParameters() {
    }

    static AssessmentStatus status(String value) {
        return QueryParameters.enumValue(AssessmentStatus.class, "status", value);
    }

    static Priority priority(String value) {
        return QueryParameters.enumValue(Priority.class, "priority", value);
    }

    static String origin(String value) {
        if (value != null && !value.equals(Assessment.SELF_ASSESSMENT) && !value.equals(Assessment.SYNOPSIS_2004)) {
            throw ProblemException.badRequest("query.origin", QueryParameters.quote(value) + " is neither "
                    + Assessment.SELF_ASSESSMENT + " nor " + Assessment.SYNOPSIS_2004);
        }
        return value;
    }

    static String kind(String value) {
        if (value != null && !value.equals("activity") && !value.equals("statement")) {
            throw ProblemException.badRequest("query.kind", QueryParameters.quote(value) + " is neither activity nor statement");
        }
        return value;
    }

    /** A reporting year: from 2001 (resolution 1373) to {@value #LAST_PERIOD}; absent, any. */
    static Integer period(String value) {
        return QueryParameters.integer("period", value, InputLimits.FIRST_PERIOD, LAST_PERIOD);
    }
}
