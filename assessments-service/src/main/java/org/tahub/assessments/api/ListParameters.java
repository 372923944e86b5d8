package org.tahub.assessments.api;

import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.AssessmentStatus;
import org.tahub.assessments.domain.Priority;
import org.tahub.assessments.rules.AssessmentValidation;
import org.tahub.assessments.service.Paging;
import org.tahub.problems.ProblemException;

/**
 * The query parameters the lists share, each refused with a 400 problem naming it when wrong: an empty value
 * ({@code ?period=}) included, since it is none of the values the OpenAPI document allows.
 */
final class ListParameters {

    /** The latest period a filter may name; no assessment is for a later one. */
    static final int LAST_PERIOD = 2100;
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern AREA = Pattern.compile("I|II|III|IV|V|VI|VII|VIII|IX|X|XI");
    private static final Pattern ACTIVITY = Pattern.compile("(I|II|III|IV|V|VI|VII|VIII|IX|X|XI)(\\.[A-Za-z0-9]{1,4}){1,3}");
    private static final Pattern M49 = Pattern.compile("[0-9]{3}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,12}");

    private ListParameters() {
    }

    /**
     * Refuses a parameter given without a value ({@code ?period=}, {@code ?state}): it would otherwise be taken as
     * absent, and it is none of the values the document allows.
     */
    static void requireValues(UriInfo uri) {
        uri.getQueryParameters().entrySet().stream()
                .filter(p -> p.getValue().isEmpty() || p.getValue().stream().anyMatch(v -> v == null || v.isBlank()))
                .map(Map.Entry::getKey).sorted().findFirst()
                .ifPresent(name -> {
                    throw ProblemException.badRequest("query." + name, "is empty; give it a value or leave it out");
                });
    }

    static String state(String value) {
        if (value != null && !ISO3.matcher(value).matches()) {
            throw ProblemException.badRequest("query.state", quote(value) + " is not an ISO 3166-1 alpha-3 code (e.g. KEN)");
        }
        return value;
    }

    static String area(String value) {
        if (value != null && !AREA.matcher(value).matches()) {
            throw ProblemException.badRequest("query.area", quote(value) + " is not an area code (I to XI)");
        }
        return value;
    }

    static String activity(String value) {
        if (value != null && !ACTIVITY.matcher(value).matches()) {
            throw ProblemException.badRequest("query.activity", quote(value) + " is not an activity code (e.g. V.4)");
        }
        return value;
    }

    static String region(String value) {
        if (value != null && !M49.matcher(value).matches()) {
            throw ProblemException.badRequest("query.region", quote(value) + " is not a UN M49 code (e.g. 002 Africa)");
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
            throw ProblemException.badRequest("query.origin", quote(value) + " is neither " + Assessment.SELF_ASSESSMENT
                    + " nor " + Assessment.SYNOPSIS_2004);
        }
        return value;
    }

    static String kind(String value) {
        if (value != null && !value.equals("activity") && !value.equals("statement")) {
            throw ProblemException.badRequest("query.kind", quote(value) + " is neither activity nor statement");
        }
        return value;
    }

    /** A reporting year: from 2001 (resolution 1373) to {@value #LAST_PERIOD}; absent, any. */
    static Integer period(String value) {
        return integer("period", value, AssessmentValidation.FIRST_PERIOD, LAST_PERIOD);
    }

    static Paging paging(String page, String size) {
        Integer p = integer("page", page, 0, Paging.MAX_PAGE);
        Integer s = integer("size", size, 1, Paging.MAX_SIZE);
        return new Paging(p == null ? 0 : p, s == null ? 20 : s);
    }

    private static Integer integer(String name, String value, int min, int max) {
        if (value == null) {
            return null;
        }
        String field = "query." + name;
        if (value.isBlank()) {
            throw ProblemException.badRequest(field, "is empty; give a whole number from " + min + " to " + max
                    + ", or leave the parameter out");
        }
        if (!WHOLE_NUMBER.matcher(value.trim()).matches()) {
            throw ProblemException.badRequest(field, quote(value) + " is not a whole number");
        }
        long n = Long.parseLong(value.trim());
        if (n < min || n > max) {
            throw ProblemException.badRequest(field, "must be between " + min + " and " + max);
        }
        return (int) n;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest(field, quote(value) + " is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    /** A value quoted in a problem, cut short: the answer to a bad value is never larger than the value. */
    static String quote(String value) {
        return "'" + (value.length() <= 40 ? value : value.substring(0, 40) + "…") + "'";
    }
}
