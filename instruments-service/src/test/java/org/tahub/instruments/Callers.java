package org.tahub.instruments;

import java.time.Duration;
import org.tahub.identity.Caller;
import org.tahub.identity.CallerTokens;

/** Identity tokens as the gateway signs them, with the test profile's shared secret. */
final class Callers {

    static final String SECRET = "test-identity-secret-of-at-least-32-bytes";

    private Callers() {
    }

    static String curator(String subject) {
        return as(subject, "curator");
    }

    static String as(String subject, String role) {
        return new CallerTokens(SECRET).sign(new Caller(subject, role, role.equals("state") ? "KEN" : null,
                role.equals("provider") ? "unodc-tpb" : null), "instruments-service", Duration.ofMinutes(1));
    }
}
