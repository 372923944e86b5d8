package org.tahub.edge.parameters;

import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;

/**
 * The query parameters of every list, read the same way everywhere: an unknown parameter is refused (a misspelt
 * filter must not silently return everything), and a value that is none of those the OpenAPI document allows is a
 * 400 problem naming the parameter, so that it never reaches a query. A missing value is null (no filter).
 */
public final class QueryParameters {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,12}");

    private QueryParameters() {
    }

    /** Refuses every parameter that is not one of {@code known}, listing those that are. */
    public static void allowOnly(UriInfo uri, Set<String> known) {
        List<Problem.FieldError> unknown = uri.getQueryParameters().keySet().stream()
                .filter(p -> !known.contains(p)).sorted()
                .map(p -> new Problem.FieldError("query." + p, "is not a filter of this endpoint; known: "
                        + known.stream().sorted().toList()))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Bad Request", "unknown-parameter",
                    "unknown query parameter(s): " + unknown.stream().map(Problem.FieldError::field).toList(),
                    unknown));
        }
    }

    /**
     * Refuses a parameter given without a value ({@code ?period=}, {@code ?state}), where an empty value is none of
     * those the document allows and would otherwise be taken as absent.
     */
    public static void requireValues(UriInfo uri) {
        uri.getQueryParameters().entrySet().stream()
                .filter(p -> p.getValue().isEmpty() || p.getValue().stream().anyMatch(v -> v == null || v.isBlank()))
                .map(Map.Entry::getKey).sorted().findFirst()
                .ifPresent(name -> {
                    throw ProblemException.badRequest("query." + name, "is empty; give it a value or leave it out");
                });
    }

    /** A whole number; absent or empty, null. */
    public static Integer integer(String name, String value) {
        return integer(name, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** A whole number from {@code min} to {@code max}; absent or empty, null. */
    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String field = "query." + name;
        if (!WHOLE_NUMBER.matcher(value.trim()).matches()) {
            throw ProblemException.badRequest(field, quote(value) + " is not a whole number");
        }
        long n = Long.parseLong(value.trim());
        if (n < min || n > max) {
            throw ProblemException.badRequest(field, "must be between " + min + " and " + max);
        }
        return (int) n;
    }

    /** A {@code limit} parameter from {@code min} to {@code max}; absent or empty, {@code fallback}. */
    public static int limit(String value, int fallback, int min, int max) {
        Integer n = integer("limit", value, min, max);
        return n == null ? fallback : n;
    }

    /** The constant of {@code type} named exactly {@code value}; absent, null. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("query." + name, quote(value) + " is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    /** One of {@code allowed}, exactly; absent, null. */
    public static String oneOf(String name, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw ProblemException.badRequest("query." + name, quote(value) + " is not one of "
                    + allowed.stream().sorted().toList());
        }
        return value;
    }

    /**
     * A value of at most {@code maxLength} characters matching {@code pattern}; absent, null. {@code what} says what
     * it should be, e.g. "is not a provider id (lower-case words and hyphens)".
     */
    public static String matching(String name, String value, int maxLength, Pattern pattern, String what) {
        if (value != null && (value.length() > maxLength || !pattern.matcher(value).matches())) {
            throw ProblemException.badRequest("query." + name, quote(value) + " " + what);
        }
        return value;
    }

    /**
     * A value as a problem repeats it: quoted, at most 40 characters, control characters shown as {@code ?}. The
     * answer to a bad value is never larger than the value, and never carries what a terminal would act on.
     */
    public static String quote(String value) {
        String shown = value.length() <= 40 ? value : value.substring(0, 40) + "…";
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
