package org.tahub.assessments.api;

import java.util.Arrays;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.AssessmentStatus;
import org.tahub.assessments.domain.Priority;
import org.tahub.problems.ProblemException;
import org.tahub.problems.QueryParameters;

/** The query parameters the assessments' lists share, each refused with a 400 problem naming it when wrong. */
final class ListParameters {

    static final int MAX_PAGE_SIZE = 200;
    private static final java.util.regex.Pattern ISO3 = java.util.regex.Pattern.compile("[A-Z]{3}");
    private static final java.util.regex.Pattern AREA = java.util.regex.Pattern.compile("I|II|III|IV|V|VI|VII|VIII|IX|X|XI");

    private ListParameters() {
    }

    static String state(String value) {
        if (value != null && !ISO3.matcher(value).matches()) {
            throw ProblemException.badRequest("query.state", "'" + value + "' is not an ISO 3166-1 alpha-3 code (e.g. KEN)");
        }
        return value;
    }

    static String area(String value) {
        if (value != null && !AREA.matcher(value).matches()) {
            throw ProblemException.badRequest("query.area", "'" + value + "' is not an area code (I to XI)");
        }
        return value;
    }

    static AssessmentStatus status(String value) {
        return value == null ? null : enumOf(AssessmentStatus.class, "query.status", value);
    }

    static Priority priority(String value) {
        return value == null ? null : enumOf(Priority.class, "query.priority", value);
    }

    static String origin(String value) {
        if (value != null && !value.equals(Assessment.SELF_ASSESSMENT) && !value.equals(Assessment.SYNOPSIS_2004)) {
            throw ProblemException.badRequest("query.origin", "'" + value + "' is neither " + Assessment.SELF_ASSESSMENT
                    + " nor " + Assessment.SYNOPSIS_2004);
        }
        return value;
    }

    static int page(String value) {
        return QueryParameters.page(value);
    }

    static int size(String value) {
        return QueryParameters.size(value, 20, MAX_PAGE_SIZE);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest(field, "'" + value + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }
}
