package org.tahub.assessments.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;

/**
 * The fields of one request found invalid, each once (the first thing found wrong with it). The 422 problem lists
 * the first {@value #MAX_LISTED} and says in its {@code detail} how many more there were, so that a body full of bad
 * values cannot make an error document many times its size.
 */
public final class InvalidFields {

    public static final int MAX_LISTED = 100;

    private final List<Problem.FieldError> listed = new ArrayList<>();
    private final Set<String> fields = new HashSet<>();
    private int findings;

    /** Records what is wrong with {@code field}, unless something is already recorded for it. */
    public void add(String field, String message) {
        findings++;
        if (fields.add(field) && listed.size() < MAX_LISTED) {
            listed.add(new Problem.FieldError(field, message));
        }
    }

    public boolean has(String field) {
        return fields.contains(field);
    }

    /** How many fields are invalid, listed or not. */
    public int count() {
        return fields.size();
    }

    /**
     * How many times something was found wrong, a field already recorded included: a check compares it before and
     * after to know whether the part it checked is valid.
     */
    public int findings() {
        return findings;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    /** The 422 problem listing them; nothing is saved. */
    public ProblemException problem() {
        int more = fields.size() - listed.size();
        String detail = more == 0 ? fields.size() + " field(s) are not valid"
                : fields.size() + " fields are not valid; the first " + listed.size() + " are listed, " + more
                + " more are not (correct these and send it again)";
        return new ProblemException(Problem.of(422, "Unprocessable Content", "validation-failed", detail,
                List.copyOf(listed)));
    }

    public void throwIfAny() {
        if (!isEmpty()) {
            throw problem();
        }
    }
}
