package org.tahub.gateway.security;

import org.tahub.identity.Caller;
import org.tahub.identity.Role;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.edge.parameters.CodeParameters;

/**
 * Recognises OAuth2 bearer JWTs issued for people and systems by the configured identity provider
 * ({@code tahub.gateway.jwt.public-key}, {@code tahub.gateway.jwt.issuer}), verified with smallrye-jwt: signature,
 * issuer, expiry. The role comes from the {@code tahub_role} claim (or the first TA Hub role in {@code groups});
 * a state token must carry {@code tahub_state} (ISO3), a provider token {@code tahub_provider}.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);

    private final Optional<DefaultJWTParser> parser;

    public BearerTokens(GatewayConfig config) {
        this.parser = config.jwt().publicKey().filter(k -> !k.isBlank()).map(key -> {
            JWTAuthContextInfo context = new JWTAuthContextInfo();
            context.setPublicKeyContent(key);
            config.jwt().issuer().filter(i -> !i.isBlank()).ifPresent(context::setIssuedBy);
            return new DefaultJWTParser(context);
        });
    }

    /** The bearer token of an {@code Authorization} header, if it has one. */
    public static Optional<String> presented(String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(authorization.substring(7).trim());
        }
        return Optional.empty();
    }

    /** The identity a token proves, or empty when it is invalid, expired, foreign or lacks what its role needs. */
    public Optional<Identity> identify(String token) {
        if (parser.isEmpty()) {
            return Optional.empty();
        }
        JsonWebToken jwt;
        try {
            jwt = parser.get().parse(token);
        } catch (ParseException e) {
            LOG.debugf("bearer token refused: %s", e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            return Optional.empty();
        }
        Optional<Role> role = Optional.ofNullable(jwt.<Object>getClaim("tahub_role")).map(Object::toString)
                .flatMap(Role::of)
                .or(() -> jwt.getGroups() == null ? Optional.empty()
                        : jwt.getGroups().stream().map(Role::of).flatMap(Optional::stream).findFirst());
        if (role.isEmpty()) {
            return Optional.empty();
        }
        String state = claim(jwt, "tahub_state");
        String provider = claim(jwt, "tahub_provider");
        if (role.get() == Role.STATE && !CodeParameters.isIso3(state)) {
            return Optional.empty();
        }
        if (role.get() == Role.PROVIDER && (provider == null || provider.isBlank())) {
            return Optional.empty();
        }
        String subject = jwt.getName() != null ? jwt.getName() : jwt.getSubject();
        if (subject != null && subject.length() > Caller.MAX_SUBJECT) {
            // The subject names the caller in audit trails and events (decidedBy), which hold at most this much.
            LOG.debugf("bearer token refused: its subject is longer than %d characters", Caller.MAX_SUBJECT);
            return Optional.empty();
        }
        return Optional.of(new Identity(subject, role.get(), role.get() == Role.STATE ? state : null,
                role.get() == Role.PROVIDER ? provider : null));
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
