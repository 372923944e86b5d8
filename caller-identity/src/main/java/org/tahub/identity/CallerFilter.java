package org.tahub.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.tahub.problems.Problem;

/**
 * Verifies the identity token the gateway signed ({@value CallerTokens#HEADER}) on every request to the service's API
 * and makes the caller available as {@link CurrentCaller}. A forged or expired token is a 401 problem; a missing one
 * too when {@code tahub.identity.required} is true (the local stack and production), so that the services trust no
 * one who went around the gateway.
 */
@ApplicationScoped
public class CallerFilter {

    private static final Logger LOG = Logger.getLogger(CallerFilter.class);

    private final Optional<CallerTokens> tokens;
    private final boolean required;
    private final CurrentCaller current;

    public CallerFilter(@ConfigProperty(name = "tahub.identity.secret") Optional<String> secret,
                        @ConfigProperty(name = "tahub.identity.required", defaultValue = "false") boolean required,
                        CurrentCaller current) {
        this.tokens = secret.filter(s -> !s.isBlank()).map(CallerTokens::new);
        this.required = required;
        this.current = current;
        if (required && tokens.isEmpty()) {
            throw new IllegalStateException("tahub.identity.required is true but TAHUB_IDENTITY_SECRET is not set");
        }
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        String token = request.getHeaderString(CallerTokens.HEADER);
        if (token == null || token.isBlank()) {
            return required ? Optional.of(refuse("this service only answers calls that come through the gateway"))
                    : Optional.empty();
        }
        if (tokens.isEmpty()) {
            return Optional.of(refuse("this service cannot verify identities (no TAHUB_IDENTITY_SECRET)"));
        }
        try {
            current.set(tokens.get().verify(token));
            return Optional.empty();
        } catch (CallerTokens.InvalidToken e) {
            LOG.infof("identity token refused: %s", e.getMessage());
            return Optional.of(refuse("the identity token is invalid or expired"));
        }
    }

    private static Response refuse(String detail) {
        return Problem.of(401, "Unauthorized", "unauthenticated", detail, List.of()).toResponse();
    }
}
