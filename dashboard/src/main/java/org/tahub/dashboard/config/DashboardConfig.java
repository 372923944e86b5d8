package org.tahub.dashboard.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the dashboard ({@code tahub.dashboard.*}). */
@ConfigMapping(prefix = "tahub.dashboard")
public interface DashboardConfig {

    /**
     * The secret the session cookie is sealed with (AES-GCM, key derived from it); at least 32 characters. Outside
     * dev and test the dashboard refuses to start without one. Every instance of the dashboard needs the same.
     */
    Optional<String> sessionSecret();

    /** How long a sign-in lasts; the user signs in again after it. */
    @WithDefault("8h")
    Duration sessionLifetime();

    /** Whether the session cookie is marked Secure (sent over HTTPS only): true behind TLS, as on Kubernetes. */
    @WithDefault("false")
    boolean secureCookie();
}
