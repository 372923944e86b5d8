package org.tahub.edge.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Thrown by services for an error the client caused; mapped to its problem detail as it is. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "not-found", what + " does not exist"));
    }

    /** The caller may see the resource but not do this to it (what it may not see is a 404 instead). */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(Response.Status.FORBIDDEN, "forbidden", detail));
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(Problem.of(Response.Status.CONFLICT, type, detail));
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(Problem.of(400, "Bad Request", "invalid-request", field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException unprocessable(List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(422, "Unprocessable Content", "validation-failed",
                errors.size() + " field(s) are not valid", errors));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(Response.Status.PRECONDITION_FAILED, "stale-version", detail));
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(Problem.of(428, "Precondition Required", "version-required", detail, List.of()));
    }
}
