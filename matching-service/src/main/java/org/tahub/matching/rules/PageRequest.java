package org.tahub.matching.rules;

import org.tahub.problems.ProblemException;
import org.tahub.problems.QueryParameters;

/**
 * Which part of a list a caller asks for: a page from 0 to {@link #MAX_PAGE} of a size from 1 to the endpoint's
 * maximum, or the first {@code limit} items. Anything else is a 400 problem naming the parameter (an empty value is
 * the default), and the offset is computed so that it cannot overflow.
 */
public record PageRequest(int page, int size) {

    /** Beyond this page a client is walking the whole table: it should narrow its filters instead. */
    public static final int MAX_PAGE = 10_000;

    public static PageRequest of(String page, String size, int fallbackSize, int maxSize) {
        int p = QueryParameters.page(page);
        if (p > MAX_PAGE) {
            throw ProblemException.badRequest("query.page", "must be between 0 and " + MAX_PAGE + "; narrow the filters instead");
        }
        return new PageRequest(p, QueryParameters.size(size, fallbackSize, maxSize));
    }

    /** A {@code limit} parameter from {@code min} to {@code max}; absent or empty, {@code fallback}. */
    public static int limit(String value, int fallback, int min, int max) {
        Integer n = QueryParameters.integer("limit", value);
        if (n == null) {
            return fallback;
        }
        if (n < min || n > max) {
            throw ProblemException.badRequest("query.limit", "must be between " + min + " and " + max);
        }
        return n;
    }

    /** The first item of the page, at most {@link Integer#MAX_VALUE} whatever the page and size. */
    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) page * size);
    }
}
