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
        return new CallerTokens(SECRET).sign(new Caller(subject, "curator", null, null), "instruments-service",
                Duration.ofMinutes(1));
    }
}
