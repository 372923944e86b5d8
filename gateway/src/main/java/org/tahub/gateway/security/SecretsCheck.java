package org.tahub.gateway.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.tahub.gateway.config.GatewayConfig;

/** Outside dev and test, the gateway refuses to start with a missing, short or well-known administrator key. */
@ApplicationScoped
public class SecretsCheck {

    static final int MIN_LENGTH = 32;
    private static final Set<String> KNOWN = Set.of("admin", "changeme", "change-me", "secret", "password");

    void check(@Observes StartupEvent start, GatewayConfig config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        String key = config.adminKey().orElse("");
        if (key.length() < MIN_LENGTH || KNOWN.contains(key.toLowerCase())) {
            throw new IllegalStateException("TAHUB_ADMIN_KEY must be set to a secret of at least " + MIN_LENGTH
                    + " characters (deploy/local/up.sh generates one): refusing to start");
        }
    }
}
