package org.tahub.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tahub.edge.problem.Problem;

/** A call refused by the declared rules is a problem like every other error: 401 without identity, 403 for a role. */
public class IdentityProblems {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, ContainerRequestContext request) {
        String detail = e instanceof AuthenticationFailedException && e.getMessage() != null
                ? e.getMessage() : "this service only answers calls that come through the gateway";
        return problem(401, "Unauthorized", "unauthenticated", detail, request);
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return problem(403, "Forbidden", "forbidden", "this operation is not open to the caller's role (see the "
                + "roles each operation names in the OpenAPI document)", request);
    }

    private static Response problem(int status, String title, String type, String detail,
                                    ContainerRequestContext request) {
        return Problem.of(status, title, type, detail, List.of())
                .at(URI.create(request.getUriInfo().getRequestUri().getRawPath()), request.getHeaderString("X-Request-Id"))
                .toResponse();
    }
}
