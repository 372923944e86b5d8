package org.tahub.edge.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.tahub.edge.problem.Problem;

/**
 * Refuses, before any resource runs, a path or query parameter that holds a control character once decoded
 * ({@code %00} in a search, a NUL in a path id): a 400 problem naming the parameter, never a 500 from the database.
 * JSON bodies get the same rule from {@link StrictJson}.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (ControlCharacters.firstIn(path) >= 0) {
            return Optional.of(refuse(request, "path", "the path contains a control character"));
        }
        for (Map.Entry<String, List<String>> p : request.getUriInfo().getQueryParameters().entrySet()) {
            if (ControlCharacters.firstIn(p.getKey()) >= 0) {
                return Optional.of(refuse(request, "query", "a query parameter name contains a control character"));
            }
            for (String value : p.getValue()) {
                if (ControlCharacters.firstIn(value) >= 0) {
                    return Optional.of(refuse(request, "query." + p.getKey(), "contains a control character"));
                }
            }
        }
        return Optional.empty();
    }

    private static Response refuse(ContainerRequestContext request, String field, String message) {
        return Problem.of(400, "Bad Request", "invalid-request", field + ": " + message,
                        List.of(new Problem.FieldError(field, message)))
                .at(URI.create(request.getUriInfo().getRequestUri().getRawPath()), request.getHeaderString("X-Request-Id"))
                .toResponse();
    }
}
