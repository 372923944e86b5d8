package org.tahub.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Vertx;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tahub.edge.problem.Problem;

/**
 * The gateway's own resources refuse like every other part of the API: a 401 or 403 problem, recorded in the audit
 * log. (Quarkus Security would answer with an empty body.)
 */
public class AccessProblems {

    private final AccessAudit audit;
    private final SecurityIdentity identity;
    private final Vertx vertx;

    public AccessProblems(AccessAudit audit, SecurityIdentity identity, Vertx vertx) {
        this.audit = audit;
        this.identity = identity;
        this.vertx = vertx;
    }

    /** Before caller-identity's mappers, which are the services' (the gateway has that module for its tokens). */
    static final int PRIORITY = jakarta.ws.rs.Priorities.USER - 100;

    @ServerExceptionMapper(value = {UnauthorizedException.class, AuthenticationFailedException.class},
            priority = PRIORITY)
    public Response unauthenticated(RuntimeException e, ContainerRequestContext request) {
        String detail = "send a valid API key as 'Authorization: ApiKey <key>' or 'X-API-Key: <key>', or a bearer "
                + "token ('Authorization: Bearer <jwt>')";
        return refuse(401, "Unauthorized", "unauthenticated", detail, null, request)
                .header("WWW-Authenticate", ClientAuthentication.CHALLENGE).build();
    }

    @ServerExceptionMapper(value = ForbiddenException.class, priority = PRIORITY)
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        Identity who = identity.isAnonymous() ? null : identity.getAttribute(ClientIdentities.IDENTITY);
        String path = request.getUriInfo().getPath();
        String detail = who == null ? "this call needs another role: " + path
                : "the " + who.role().code() + " role may not " + request.getMethod() + " " + path;
        return refuse(403, "Forbidden", "forbidden", detail, who, request).build();
    }

    private Response.ResponseBuilder refuse(int status, String title, String type, String detail, Identity who,
                                            ContainerRequestContext request) {
        String requestId = request.getHeaderString("X-Request-Id");
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String method = request.getMethod();
        vertx.executeBlocking(() -> {
            audit.denied(requestId, who, method, path, status, detail);
            return null;
        }, false);
        Problem problem = Problem.of(status, title, type, detail, List.of()).at(URI.create(path), requestId);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }
}
