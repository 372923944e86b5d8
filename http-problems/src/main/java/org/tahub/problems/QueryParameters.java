package org.tahub.problems;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/** Refuses query parameters an endpoint does not know: a misspelt filter must not silently return everything. */
public final class QueryParameters {

    private QueryParameters() {
    }

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

    /** Parses an integer parameter, or refuses it with a 400 problem naming it. */
    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("query." + name, "'" + value + "' is not a whole number");
        }
    }

    /**
     * The highest page number accepted: with the largest page size its first row's offset still fits an int, and no
     * list of this API has that many rows.
     */
    public static final int MAX_PAGE = 1_000_000;

    /** The {@code page} parameter: from 0 to {@link #MAX_PAGE}; a missing one is the first page. */
    public static int page(String value) {
        Integer page = integer("page", value);
        if (page == null) {
            return 0;
        }
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.badRequest("query.page", "must be between 0 and " + MAX_PAGE);
        }
        return page;
    }

    /** The {@code size} parameter: from 1 to {@code max}; a missing one is {@code fallback}. */
    public static int size(String value, int fallback, int max) {
        Integer size = integer("size", value);
        if (size == null) {
            return fallback;
        }
        if (size < 1 || size > max) {
            throw ProblemException.badRequest("query.size", "must be between 1 and " + max);
        }
        return size;
    }
}
