package org.tahub.edge.paging;

import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.problem.ProblemException;

/**
 * Which page of a list a caller asks for: {@code page} from 0 to {@value #MAX_PAGE}, {@code size} from 1 to
 * {@value #MAX_SIZE}, the same bounds on every list of the API. Within them the first item's offset cannot
 * overflow; anything else is a 400 problem naming the parameter. A query takes it as it is: which part of a result
 * to return is not a matter of HTTP, only where it is read from.
 */
public record PageRequest(int page, int size) {

    /** Beyond this page a client is walking the whole table: it should narrow its filters instead. */
    public static final int MAX_PAGE = 10_000;
    /** The largest page any list answers (the gateway refuses a larger {@code size} before it reaches a service). */
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.badRequest("query.page", "must be between 0 and " + MAX_PAGE
                    + "; narrow the filters to reach later items");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("query.size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** The {@code page} and {@code size} parameters as given; absent, the first page of {@code defaultSize}. */
    public static PageRequest of(String page, String size, int defaultSize) {
        Integer p = QueryParameters.integer("page", page, 0, MAX_PAGE);
        Integer s = QueryParameters.integer("size", size, 1, MAX_SIZE);
        return new PageRequest(p == null ? 0 : p, s == null ? defaultSize : s);
    }

    /** The first item of the page: at most {@code MAX_PAGE * MAX_SIZE}, so it always fits an int. */
    public int offset() {
        return page * size;
    }
}
