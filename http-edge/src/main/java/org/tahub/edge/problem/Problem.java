package org.tahub.edge.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} names the kind of problem (documented in docs/api-conventions.md),
 * {@code detail} says in words what is wrong with this request, {@code errors} lists every offending field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance, String requestId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://tahub.org/problems/";
    /** At most this many field errors are listed in one problem; {@code detail} counts the rest. */
    public static final int MAX_ERRORS = 100;

    /** One offending field: its path in the request ({@code body.title}, {@code query.area}) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String type, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), type, detail, List.of());
    }

    public static Problem of(int status, String title, String type, String detail, List<FieldError> errors) {
        if (errors.size() > MAX_ERRORS) {
            detail = detail + "; only the first " + MAX_ERRORS + " of " + errors.size() + " errors are listed";
            errors = errors.subList(0, MAX_ERRORS);
        }
        return new Problem(URI.create(TYPE_BASE + type), title, status, detail, null, null, errors);
    }

    public Problem at(URI instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
