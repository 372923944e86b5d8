package org.tahub.identity;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Verifies identity tokens for this service ({@code aud} is its {@code quarkus.application.name}) and turns them
 * into security identities: the principal is the caller's subject, the one role its TA Hub role, and the
 * {@link Caller} an attribute for the object-level rules. Outside dev and test the service refuses to start without
 * a secret, or with one published with the code.
 */
@ApplicationScoped
@IfBuildProperty(name = "tahub.identity.verify-requests", stringValue = "true", enableIfMissing = true)
public class IdentityTokens implements IdentityProvider<IdentityTokenRequest> {

    /** The attribute of the security identity that holds the {@link Caller}. */
    public static final String CALLER = "tahub.caller";
    private static final Logger LOG = Logger.getLogger(IdentityTokens.class);

    private final Optional<CallerTokens> tokens;

    public IdentityTokens(@ConfigProperty(name = "tahub.identity.secret") Optional<String> secret,
                          @ConfigProperty(name = "quarkus.application.name") String service) {
        this.tokens = secret.filter(s -> !s.isBlank()).map(s -> new CallerTokens(s, service));
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            if (tokens.isEmpty()) {
                throw new IllegalStateException("TAHUB_IDENTITY_SECRET is not set: " + service + " could verify no "
                        + "caller; refusing to start");
            }
            if (CallerTokens.PUBLIC_SECRETS.contains(secret.get())) {
                throw new IllegalStateException("TAHUB_IDENTITY_SECRET is a secret published with the code (a test "
                        + "profile's): refusing to start");
            }
        }
    }

    @Override
    public Class<IdentityTokenRequest> getRequestType() {
        return IdentityTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(IdentityTokenRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(() -> {
            if (tokens.isEmpty()) {
                throw new AuthenticationFailedException("this service cannot verify identities (no secret)");
            }
            Caller caller;
            try {
                caller = tokens.get().verify(request.token());
            } catch (CallerTokens.InvalidToken e) {
                LOG.infof("identity token refused: %s", e.getMessage());
                throw new AuthenticationFailedException("the identity token is invalid or expired");
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(caller.subject()))
                    .addRole(caller.role()).addAttribute(CALLER, caller).build();
        });
    }
}
