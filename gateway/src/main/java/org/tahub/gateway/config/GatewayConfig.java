package org.tahub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of the gateway ({@code tahub.gateway.*}). */
@ConfigMapping(prefix = "tahub.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (instruments, assessments, matching). */
    Map<String, Upstream> services();

    /** How long a service may stay silent on a request before the client gets a 504 problem. */
    @WithDefault("10s")
    Duration timeout();

    /** How long the gateway waits for a service's readiness or OpenAPI document. */
    @WithDefault("4s")
    Duration probeTimeout();

    /** The administrator's API key. Required: the prod profile refuses to start without a non-default one. */
    Optional<String> adminKey();

    interface Upstream {
        /** Base URL of the service, e.g. http://127.0.0.1:8081. */
        URI url();

        /** First path segments under /api/v1 that the service owns, e.g. areas, activities, instruments. */
        List<String> resources();
    }
}
