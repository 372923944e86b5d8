package org.tahub.dashboard.session;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.NewCookie;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.tahub.dashboard.config.DashboardConfig;

/**
 * The session cookie: {@code tahub_session}, HttpOnly, SameSite=Strict, Path=/dashboard, Secure behind TLS, holding
 * the sealed {@link Session}; it lasts as long as the sign-in ({@code tahub.dashboard.session-lifetime}).
 */
@ApplicationScoped
public class SessionCookie {

    public static final String NAME = "tahub_session";
    static final String PATH = "/dashboard";
    private static final Logger LOG = Logger.getLogger(SessionCookie.class);

    private final DashboardConfig config;
    private final SessionSeal seal;

    public SessionCookie(DashboardConfig config) {
        this.config = config;
        String secret = config.sessionSecret().filter(s -> !s.isBlank()).orElse(null);
        if (secret == null) {
            // Dev and test only (checked at start-up below): sessions end with the process.
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random);
        }
        this.seal = new SessionSeal(secret);
    }

    void requireSecret(@Observes StartupEvent start) {
        boolean configured = config.sessionSecret().filter(s -> !s.isBlank()).isPresent();
        if (!configured && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("TAHUB_DASHBOARD_SESSION_SECRET (tahub.dashboard.session-secret) is not "
                    + "set: the dashboard needs a secret of 32 or more characters to seal its session cookies");
        }
        if (!configured) {
            LOG.warn("no session secret configured: a random one is used, sign-ins end when this process stops");
        }
    }

    public Optional<Session> open(String value) {
        return seal.open(value, Instant.now());
    }

    /** A new sign-in for this user, as a cookie. */
    public NewCookie issue(Session session) {
        long seconds = Math.max(0, session.expiresAt().getEpochSecond() - Instant.now().getEpochSecond());
        return cookie(seal.seal(session), (int) seconds);
    }

    /** The cookie that ends a sign-in. */
    public NewCookie cleared() {
        return cookie("", 0);
    }

    public Instant expiryOfNewSession() {
        return Instant.now().plus(config.sessionLifetime());
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME).value(value).path(PATH).maxAge(maxAge).httpOnly(true)
                .secure(config.secureCookie()).sameSite(NewCookie.SameSite.STRICT).build();
    }
}
