package org.tahub.edge.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tahub.database.DatabaseFailures;

/**
 * Turns every exception into {@code application/problem+json}: client errors name what is wrong; anything
 * unexpected is logged with the request id and answered with a 500 problem that reveals no internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String REQUEST_ID = "X-Request-Id";
    static final int RETRY_AFTER_SECONDS = 2;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return located(e.problem(), uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> all = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        List<Problem.FieldError> errors = all.stream().limit(Problem.MAX_ERRORS).toList();
        String detail = describe(errors) + (all.size() > errors.size()
                ? "; and " + (all.size() - errors.size()) + " more error(s) not listed" : "");
        boolean query = errors.stream().allMatch(f -> f.field().startsWith("query."));
        Problem p = query
                ? Problem.of(400, "Bad Request", "invalid-request", detail, errors)
                : Problem.of(422, "Unprocessable Content", "validation-failed", detail, errors);
        return located(p, uri, headers);
    }

    /** Quarkus has its own answer for this subtype (plain JSON); this one keeps it a problem like the others. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return json(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        String field = "body";
        String message = "is not valid JSON";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = "body." + m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
                message = f.getOriginalMessage();
            } else if (e instanceof InvalidFormatException f) {
                message = "has the wrong type or format (got '" + abbreviated(f.getValue()) + "', expected "
                        + f.getTargetType().getSimpleName() + ")";
            } else {
                message = "has the wrong type";
            }
        }
        Problem p = Problem.of(400, "Bad Request", "malformed-body", field + " " + message,
                List.of(new Problem.FieldError(field, message)));
        return located(p, uri, headers);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Response r = e.getResponse();
        if (r.getStatus() < 500 && Problem.MEDIA_TYPE.equals(String.valueOf(r.getMediaType()))) {
            return r;
        }
        Response.StatusType status = r.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "none of the accepted media types can be produced";
            case 415 -> "the request's Content-Type is not supported here";
            default -> status.getReasonPhrase();
        };
        if (status.getStatusCode() >= 500) {
            LOG.errorf(e, "request %s failed", headers.getHeaderString(REQUEST_ID));
            detail = "the service could not complete the request";
        }
        Problem p = Problem.of(status.getStatusCode(), status.getReasonPhrase(),
                status.getStatusCode() == 404 ? "not-found" : "http-" + status.getStatusCode(), detail, List.of());
        return located(p, uri, headers);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseFailures.isConcurrentChange(e)) {
            LOG.infof("request %s to %s: a concurrent change (%s)", headers.getHeaderString(REQUEST_ID), uri.getPath(), e);
            return located(Problem.of(409, "Conflict", "concurrent-change", "what this request changes was changed by "
                    + "another one at the same moment; nothing was saved, and the same request, sent again, will see "
                    + "that change", List.of()), uri, headers);
        }
        if (DatabaseFailures.isTransient(e)) {
            // The database is restarting or unreachable: nothing was saved, and the same call will succeed shortly.
            LOG.warnf("request %s to %s: database unavailable (%s)", headers.getHeaderString(REQUEST_ID), uri.getPath(),
                    e);
            Problem p = Problem.of(503, "Service Unavailable", "service-unavailable",
                    "the service's database is unavailable for a moment; nothing was saved, retry after "
                            + RETRY_AFTER_SECONDS + " seconds", List.of());
            return Response.fromResponse(located(p, uri, headers)).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.errorf(e, "request %s to %s failed", headers.getHeaderString(REQUEST_ID), uri.getPath());
        Problem p = Problem.of(500, "Internal Server Error", "internal-error",
                "the service could not complete the request; quote the request id when reporting it", List.of());
        return located(p, uri, headers);
    }

    /**
     * The problem with its {@code instance}: the path the client called, as the client sees it through the gateway,
     * never the service's own address nor the Host header the client sent.
     */
    private static Response located(Problem p, UriInfo uri, HttpHeaders headers) {
        return p.at(java.net.URI.create(uri.getRequestUri().getRawPath()), headers.getHeaderString(REQUEST_ID))
                .toResponse();
    }

    private static String abbreviated(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }

    private static String describe(List<Problem.FieldError> errors) {
        return errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    }

    /**
     * The request part a violation is about: the properties of a body parameter ({@code body.title},
     * {@code body.keywords[2]}); the body itself when it is missing ({@code body}, the parameter being named
     * {@code body} by convention); otherwise the parameter, a query or path parameter ({@code query.area}).
     */
    private static String fieldOf(ConstraintViolation<?> v) {
        String parameter = null;
        StringBuilder properties = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        properties.append('.').append(node.getName());
                    }
                    if (node.getIndex() != null) {
                        properties.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {
                }
            }
        }
        if (!properties.isEmpty()) {
            return "body" + properties;
        }
        if (parameter == null || parameter.equals("body")) {
            return "body";
        }
        return "query." + parameter;
    }
}
