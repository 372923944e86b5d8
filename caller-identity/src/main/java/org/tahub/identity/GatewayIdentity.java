package org.tahub.identity;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * How a service knows who calls: the identity token the gateway signed ({@value CallerTokens#HEADER}), verified by
 * {@link IdentityTokens} into a Quarkus {@code SecurityIdentity} whose role is the caller's. Resources declare who may
 * call them ({@code @RolesAllowed}, {@code @Authenticated}); an endpoint that declares nothing is refused
 * ({@code quarkus.security.jaxrs.deny-unannotated-endpoints}), and a call without a token, i.e. one that went around
 * the gateway, is a 401 problem.
 *
 * <p>The gateway has this module for the tokens it signs and authenticates its own clients itself: it builds without
 * this mechanism ({@code tahub.identity.verify-requests=false}).
 */
@ApplicationScoped
@IfBuildProperty(name = "tahub.identity.verify-requests", stringValue = "true", enableIfMissing = true)
public class GatewayIdentity implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String token = context.request().getHeader(CallerTokens.HEADER);
        if (token == null || token.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(new IdentityTokenRequest(token));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(IdentityTokenRequest.class);
    }
}
