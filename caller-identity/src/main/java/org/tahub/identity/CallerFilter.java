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
 * and makes the caller available as {@link CurrentCaller}. A forged or expired token, or one addressed to another
 * service, is a 401 problem; a missing one too when {@code tahub.identity.required} is true (its default), so that the
 * services trust no one who went around the gateway. Outside dev and test a service refuses to start without a
 * required identity, without a secret, or with a public one.
 *
 * <p>The gateway has this module for the tokens it signs, not for this filter: it authenticates its own clients and
 * sets {@code tahub.identity.verify-requests=false}.
 */
@ApplicationScoped
public class CallerFilter {

    private static final Logger LOG = Logger.getLogger(CallerFilter.class);

    private final Optional<CallerTokens> tokens;
    private final boolean required;
    private final CurrentCaller current;

    private final boolean enabled;

    public CallerFilter(@ConfigProperty(name = "tahub.identity.secret") Optional<String> secret,
                        @ConfigProperty(name = "tahub.identity.required", defaultValue = "true") boolean required,
                        @ConfigProperty(name = "tahub.identity.verify-requests", defaultValue = "true") boolean enabled,
                        @ConfigProperty(name = "quarkus.application.name") String service,
                        CurrentCaller current) {
        this.enabled = enabled;
        this.tokens = secret.filter(s -> !s.isBlank()).map(s -> new CallerTokens(s, service));
        this.required = required;
        this.current = current;
        if (!enabled) {
            return;
        }
        if (required && tokens.isEmpty()) {
            throw new IllegalStateException("tahub.identity.required is true but TAHUB_IDENTITY_SECRET is not set");
        }
        if (io.quarkus.runtime.LaunchMode.current() == io.quarkus.runtime.LaunchMode.NORMAL) {
            if (!required) {
                throw new IllegalStateException("tahub.identity.required=false lets anyone who reaches " + service
                        + " act as anyone: allowed in dev and test only, refusing to start");
            }
            if (CallerTokens.PUBLIC_SECRETS.contains(secret.orElse(""))) {
                throw new IllegalStateException("TAHUB_IDENTITY_SECRET is a secret published with the code (a test "
                        + "profile's): refusing to start");
            }
        }
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        if (!enabled || !request.getUriInfo().getPath().startsWith("/api/")) {
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
