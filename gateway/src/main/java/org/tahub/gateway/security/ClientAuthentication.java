package org.tahub.gateway.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * How the gateway's own resources (administration, dead letters) and its metrics know who calls: the same API key
 * or bearer token as every other call, verified by the gateway's own code ({@link ApiKeys}, {@link BearerTokens})
 * through Quarkus Security, whatever the shape of the path that reached them. Those resources declare their role with
 * {@code @RolesAllowed}; nothing there depends on the proxy's route or on the services' identity tokens.
 */
@ApplicationScoped
public class ClientAuthentication implements HttpAuthenticationMechanism {

    static final String CHALLENGE = "ApiKey realm=\"tahub\", Bearer realm=\"tahub\"";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader("Authorization");
        Optional<String> key = ApiKeys.presented(authorization, context.request().getHeader("X-API-Key"));
        Optional<String> bearer = BearerTokens.presented(authorization);
        if (key.isEmpty() && bearer.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(new ClientCredentials(key.orElse(null), bearer.orElse(null)));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ClientCredentials.class);
    }
}
