package org.tahub.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.tahub.edge.paging.PageRequest;

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

    /** The administrator's API key. Outside dev and test the gateway refuses to start without one of 32+ characters. */
    Optional<String> adminKey();

    /** How long a recognised (or refused) key is remembered; a revocation takes effect within this time. */
    @WithDefault("30s")
    Duration keyCache();

    /** Requests per client (API key, or address when anonymous) per {@link #rateLimitPeriod()}. */
    @WithDefault("600")
    int rateLimit();

    @WithDefault("60s")
    Duration rateLimitPeriod();

    /**
     * Requests per client address per {@link #rateLimitPeriod()} for what is not verified yet (anonymous calls, keys
     * not in the cache); the same as {@link #rateLimit()} when unset.
     */
    Optional<Integer> addressRateLimit();

    /**
     * Longest request target (path and query) accepted; a longer one is refused with a 414 problem. Below the
     * services' own limit (Vert.x refuses a request line over 4,096 bytes with a bare 414), so that every long
     * target gets the problem.
     */
    @WithDefault("4000")
    int maxUriLength();

    /** Largest total size of the request's header fields; a larger one is refused with a 431 problem. */
    @WithDefault("16384")
    int maxHeadersSize();

    /** How long the merged OpenAPI document is served before it is merged again from the services. */
    @WithDefault("30s")
    Duration openapiCache();

    /** Largest request body accepted, in bytes (a larger one is refused with 413). */
    @WithDefault("1048576")
    long maxBodySize();

    /**
     * Whether the gateway is ready only while every service is (the local stack waits on it). False on Kubernetes,
     * where an unready gateway would take the whole API out of its Service: there a service that is down answers 503
     * through the gateway and the rest of the API stays up; the readiness still reports each service's state.
     */
    @WithDefault("true")
    boolean readyWithServices();

    /**
     * Largest page a client may ask for with {@code size} (a larger one is refused with 400): by default the largest
     * any service answers.
     */
    @WithDefault("" + PageRequest.MAX_SIZE)
    int maxPageSize();

    /** The identity provider whose OAuth2 bearer JWTs the gateway accepts (none when no key is set). */
    Jwt jwt();

    /**
     * Proxies in front of the gateway (addresses or CIDR ranges, e.g. the ingress controller's pod network) whose
     * X-Forwarded-For names the client, for the limits by address; from anyone else the header is ignored.
     */
    Optional<List<String>> trustedProxies();

    /** The web dashboard, served under /dashboard from its own service (none when its URL is unset). */
    Dashboard dashboard();

    interface Dashboard {
        /** Base URL of the dashboard service, e.g. http://127.0.0.1:8084. */
        Optional<URI> url();
    }

    /** The front door: the gateway's own HTTP server for the proxied path (routing/FrontDoor). */
    FrontDoorServer frontDoor();

    interface FrontDoorServer {
        /** Its port (0: any free one); no front door when unset. */
        OptionalInt port();

        /** The address it listens on. */
        @WithDefault("0.0.0.0")
        String host();

        /** How many event loops serve it; twice the processors when unset, as Quarkus's own server. */
        OptionalInt eventLoops();
    }

    interface Jwt {
        /** The issuer's public key, PEM or base64 DER (RSA or EC). */
        Optional<String> publicKey();

        /** The expected {@code iss} claim. */
        Optional<String> issuer();
    }

    interface Upstream {
        /** Base URL of the service, e.g. http://127.0.0.1:8081. */
        URI url();

        /** First path segments under /api/v1 that the service owns, e.g. areas, activities, instruments. */
        List<String> resources();

        /** The name the service verifies identity tokens against ({@code aud}); {@code <name>-service} when unset. */
        Optional<String> audience();
    }
}
