package org.tahub.gateway.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.identity.CallerTokens;

/**
 * Outside dev and test, the gateway refuses to start with a missing, short or well-known administrator key, or
 * without the secret it signs identities for the services with, or with one published with the code.
 */
@ApplicationScoped
public class SecretsCheck {

    static final int MIN_LENGTH = 32;
    private static final Set<String> KNOWN = Set.of("admin", "changeme", "change-me", "secret", "password");

    void check(@Observes StartupEvent start, GatewayConfig config,
               @ConfigProperty(name = "tahub.identity.secret") Optional<String> identitySecret) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if (identitySecret.orElse("").getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                < CallerTokens.MIN_SECRET_BYTES) {
            throw new IllegalStateException("TAHUB_IDENTITY_SECRET must be set to a secret of at least "
                    + CallerTokens.MIN_SECRET_BYTES + " bytes, shared with the services: refusing to start");
        }
        if (CallerTokens.PUBLIC_SECRETS.contains(identitySecret.get())) {
            throw new IllegalStateException("TAHUB_IDENTITY_SECRET is a secret published with the code (a test "
                    + "profile's): refusing to start");
        }
        String key = config.adminKey().orElse("");
        if (key.length() < MIN_LENGTH || KNOWN.contains(key.toLowerCase())) {
            throw new IllegalStateException("TAHUB_ADMIN_KEY must be set to a secret of at least " + MIN_LENGTH
                    + " characters (deploy/local/up.sh generates one): refusing to start");
        }
    }
}
