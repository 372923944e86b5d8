package org.tahub.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Turns presented credentials into a Quarkus {@link SecurityIdentity} with the client's role and {@link Identity}. */
@ApplicationScoped
public class ClientIdentities implements IdentityProvider<ClientCredentials> {

    /** The attribute of the security identity that holds the gateway's {@link Identity}. */
    public static final String IDENTITY = "tahub.identity";

    private final ApiKeys keys;
    private final BearerTokens bearerTokens;

    public ClientIdentities(ApiKeys keys, BearerTokens bearerTokens) {
        this.keys = keys;
        this.bearerTokens = bearerTokens;
    }

    @Override
    public Class<ClientCredentials> getRequestType() {
        return ClientCredentials.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ClientCredentials request, AuthenticationRequestContext context) {
        if (request.bearer() != null) {
            return Uni.createFrom().item(() -> of(bearerTokens.identify(request.bearer())));
        }
        Optional<Optional<Identity>> cached = keys.cached(request.key());
        if (cached.isPresent()) {
            return Uni.createFrom().item(() -> of(cached.get()));
        }
        return context.runBlocking(() -> of(keys.identify(request.key())));
    }

    private static SecurityIdentity of(Optional<Identity> identity) {
        Identity who = identity.orElseThrow(() -> new AuthenticationFailedException(
                "unknown, expired or revoked API key, or an invalid bearer token"));
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(who.subject()))
                .addRole(who.role().code()).addAttribute(IDENTITY, who).build();
    }
}
