package org.tahub.assessments.service;

import org.tahub.problems.ProblemException;

/**
 * Which page of a list is asked for: {@code page} from 0 to {@value #MAX_PAGE}, {@code size} from 1 to
 * {@value #MAX_SIZE}. Within these bounds the first item's offset cannot overflow; a page beyond them is a 400
 * problem (narrow the filters instead).
 */
public record Paging(int page, int size) {

    public static final int MAX_PAGE = 10_000;
    public static final int MAX_SIZE = 200;

    public Paging {
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.badRequest("query.page", "must be between 0 and " + MAX_PAGE
                    + "; narrow the filters to reach later items");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("query.size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** The offset of the page's first item, computed in long: at most {@code MAX_PAGE * MAX_SIZE}. */
    public int offset() {
        return Math.toIntExact((long) page * size);
    }
}
