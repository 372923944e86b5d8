package org.tahub.gateway.routing;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.gateway.security.AccessAudit;
import org.tahub.gateway.security.AccessRules;
import org.tahub.gateway.security.ApiKeys;
import org.tahub.gateway.security.BearerTokens;
import org.tahub.gateway.security.Identity;
import org.tahub.gateway.security.RateLimits;
import org.tahub.identity.Caller;
import org.tahub.identity.CallerTokens;

/**
 * The front door. Every request first passes the edge checks: a path in canonical form (no matrix parameters, no
 * empty or dot segments, nothing encoded that changes it: 400), a request target and header fields of bounded size
 * (414, 431); it gets an {@code X-Request-Id} (kept when the client sent a plausible one) and a W3C
 * {@code traceparent} (kept when present).
 *
 * <p>Then {@code /api/v1/**} is forwarded to the service that owns the resource ({@link Forwarder}), after, in this
 * order, the cheap checks that need no identity (unknown resource 404, body size 413, page size 400), the client's
 * rate limit (429: by address before anything is verified, by identity after), its authentication (401) and its
 * role (403; 405 where no role may make that kind of call), every refusal recorded in the audit log. The service
 * receives the identity the gateway vouches for as a signed token addressed to it, and never a credential or
 * identity header the client sent. The gateway's own resources under {@code /api/v1} (the merged OpenAPI document,
 * administration) are limited by address here and authenticated by their own code.
 */
@ApplicationScoped
public class ApiProxy {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String ACTOR = "X-Tahub-Actor";
    public static final String ROLE = "X-Tahub-Role";
    public static final String STATE = "X-Tahub-State";
    public static final String PROVIDER = "X-Tahub-Provider";
    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** Paths under /api/v1 that the gateway answers itself. */
    private static final String OWN_OPENAPI = "/api/v1/openapi";
    private static final String OWN_ADMIN = "/api/v1/admin";
    private static final String OWN_CALLER = "/api/v1/me";
    /** How long the identity token handed to a service is valid: long enough for one call. */
    private static final Duration IDENTITY_VALIDITY = Duration.ofSeconds(60);

    private final GatewayConfig config;
    private final Routes routes;
    private final ApiKeys keys;
    private final AccessRules rules;
    private final AccessAudit audit;
    private final RateLimits rateLimits;
    private final ServiceBreakers breakers;
    private final BearerTokens bearerTokens;
    private final Optional<CallerTokens> callerTokens;
    private final io.micrometer.core.instrument.MeterRegistry meters;
    private final TrustedProxies proxies;
    private final Map<String, Forwarder> forwarders = new HashMap<>();
    private final Map<String, String> audiences = new HashMap<>();
    private Vertx vertx;

    public ApiProxy(GatewayConfig config, Routes routes, ApiKeys keys, AccessRules rules, AccessAudit audit,
                    RateLimits rateLimits, ServiceBreakers breakers, BearerTokens bearerTokens,
                    io.micrometer.core.instrument.MeterRegistry meters,
                    @ConfigProperty(name = "tahub.identity.secret") Optional<String> identitySecret) {
        this.meters = meters;
        this.config = config;
        this.routes = routes;
        this.keys = keys;
        this.rules = rules;
        this.audit = audit;
        this.rateLimits = rateLimits;
        this.breakers = breakers;
        this.bearerTokens = bearerTokens;
        this.proxies = new TrustedProxies(config.trustedProxies().orElse(java.util.List.of()));
        this.callerTokens = identitySecret.filter(secret -> !secret.isBlank()).map(CallerTokens::new);
    }

    void register(@Observes Router router, Vertx vertx) {
        this.vertx = vertx;
        config.services().forEach((name, upstream) -> {
            forwarders.put(name, new Forwarder(vertx, name, upstream.url(), config.timeout().toMillis(),
                    config.maxBodySize(), meters));
            audiences.put(name, upstream.audience().orElse(name + "-service"));
        });
        router.route().order(-20).handler(rc -> {
            if (edge(Exchange.of(rc))) {
                rc.next();
            }
        });
        router.route("/api/v1/*").order(-10).handler(rc -> forward(Exchange.of(rc)));
    }

    void logRoutes(@Observes StartupEvent start) {
        config.services().forEach((name, u) -> LOG.infof("routing /api/v1/{%s} to %s at %s",
                String.join(",", u.resources()), name, u.url()));
    }

    /** The checks every request passes, whatever its path; false when the request was refused. */
    boolean edge(Exchange ex) {
        HttpServerRequest request = ex.request();
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId == null || !plausibleId(requestId)) {
            requestId = newRequestId();
            request.headers().set(REQUEST_ID, requestId);
        }
        ex.response().putHeader(REQUEST_ID, requestId);
        if (request.getHeader(TRACEPARENT) == null) {
            request.headers().set(TRACEPARENT, newTraceparent());
        }
        String uri = request.uri();
        if (uri.length() > config.maxUriLength()) {
            refuseAtEdge(ex, 414, "URI Too Long", "uri-too-long", "the request target has " + uri.length()
                    + " characters; at most " + config.maxUriLength() + " are accepted", requestId);
            return false;
        }
        int headerBytes = headersSize(request.headers());
        if (headerBytes > config.maxHeadersSize()) {
            refuseAtEdge(ex, 431, "Request Header Fields Too Large", "headers-too-large", "the header fields have "
                    + headerBytes + " bytes; at most " + config.maxHeadersSize() + " are accepted", requestId);
            return false;
        }
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        String problem = nonCanonical(path, ex.normalizedPath());
        if (problem != null) {
            refuseAtEdge(ex, 400, "Bad Request", "non-canonical-path", problem, requestId);
            return false;
        }
        return true;
    }

    /**
     * Whether the gateway answers this path itself (under /api/v1: its merged OpenAPI document, who the caller is,
     * administration).
     */
    static boolean ownResource(String path) {
        return path.equals(OWN_OPENAPI) || path.equals(OWN_CALLER) || path.equals(OWN_ADMIN)
                || path.startsWith(OWN_ADMIN + "/");
    }

    /** Why a path is not in canonical form, or null when it is. */
    static String nonCanonical(String path, String normalized) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return "the path must start with /";
        }
        if (path.indexOf(';') >= 0) {
            return "the path must not contain ';' (matrix parameters are not part of this API)";
        }
        if (path.contains("//")) {
            return "the path must not contain empty segments ('//')";
        }
        if (path.startsWith("/api/") && path.endsWith("/")) {
            return "the path must not end with '/'";
        }
        if (!path.equals(normalized)) {
            // "/api/v1/states/../assessments" must not pass the rules of one resource and reach another.
            return "the path must not contain dot segments or encoded characters that change it";
        }
        return null;
    }

    private static int headersSize(MultiMap headers) {
        int size = 0;
        for (Map.Entry<String, String> h : headers) {
            size += h.getKey().length() + h.getValue().length() + 4;
        }
        return size;
    }

    private void refuseAtEdge(Exchange ex, int status, String title, String type, String detail,
                              String requestId) {
        ProblemResponses.send(ex.response().putHeader("Connection", "close"), status, title, type, detail,
                status == 414 ? null : ex.request().path(), requestId);
    }

    /** Everything under /api/v1: forwarded to the owning service, or handed to the gateway's own resources. */
    void forward(Exchange ex) {
        HttpServerRequest request = ex.request();
        String path = request.path();
        String requestId = request.getHeader(REQUEST_ID);
        if (ownResource(path)) {
            String address = proxies.clientAddress(request);
            OptionalLong wait = rateLimits.forAddress(address);
            if (wait.isPresent()) {
                tooMany(ex, null, "address " + address, wait.getAsLong(), requestId);
                return;
            }
            ex.toOwnResources();
            return;
        }
        String resource = Routes.resourceOf(path);
        Optional<String> service = routes.serviceFor(path);
        if (service.isEmpty()) {
            ProblemResponses.send(ex.response(), 404, "Not Found", "not-found", "no resource at " + path, path,
                    requestId);
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && (digits(length, 18) < 0 || Long.parseLong(length) > config.maxBodySize())) {
            ProblemResponses.send(ex.response().putHeader("Connection", "close"), 413, "Content Too Large",
                    "body-too-large", "the request body has " + length + " bytes; at most " + config.maxBodySize()
                            + " are accepted", path, requestId);
            return;
        }
        String size = request.uri().indexOf("size=") < 0 ? null : request.getParam("size");
        if (size != null && digits(size, 9) > 0 && Integer.parseInt(size) > config.maxPageSize()) {
            ProblemResponses.send(ex.response(), 400, "Bad Request", "invalid-request",
                    "query.size: at most " + config.maxPageSize() + " items per page", path, requestId);
            return;
        }
        Target target = new Target(service.get(), resource, requestId);
        String authorization = request.getHeader("Authorization");
        Optional<String> bearer = BearerTokens.presented(authorization);
        if (bearer.isPresent()) {
            if (limitedByAddress(ex, requestId)) {
                return;
            }
            Optional<Identity> identity = bearerTokens.identify(bearer.get());
            if (identity.isEmpty()) {
                unauthenticated(ex, requestId, "the bearer token is invalid, expired, or lacks a TA Hub role");
                return;
            }
            identified(ex, identity.get(), target);
            return;
        }
        Optional<String> key = ApiKeys.presented(authorization, request.getHeader("X-API-Key"));
        if (key.isEmpty()) {
            if (!limitedByAddress(ex, requestId)) {
                unauthenticated(ex, requestId, "no API key");
            }
            return;
        }
        Optional<Optional<Identity>> cached = keys.cached(key.get());
        if (cached.isPresent() && cached.get().isPresent()) {
            identified(ex, cached.get().get(), target);
            return;
        }
        if (limitedByAddress(ex, requestId)) {
            return;
        }
        if (cached.isPresent()) {
            unauthenticated(ex, requestId, "unknown, expired or revoked API key");
            return;
        }
        request.pause();
        vertx.executeBlocking(() -> keys.identify(key.get()), false).onComplete(result -> {
            if (result.failed()) {
                LOG.errorf(result.cause(), "request %s: could not check its API key", requestId);
                request.resume();
                ProblemResponses.send(ex.response().putHeader("Retry-After", "2"), 503, "Service Unavailable",
                        "service-unavailable", "credentials cannot be checked right now; try again later", path,
                        requestId);
                return;
            }
            if (result.result().isEmpty()) {
                unauthenticated(ex, requestId, "unknown, expired or revoked API key");
                return;
            }
            identified(ex, result.result().get(), target);
        });
    }

    /** Where a request goes: the service, the resource, and its request id. */
    private record Target(String service, String resource, String requestId) {
    }

    /**
     * The limit by client address, for what is not verified yet. The address is worked out here only: a call with a
     * key already known (most calls) never needs it, and behind trusted proxies it means parsing X-Forwarded-For.
     */
    private boolean limitedByAddress(Exchange ex, String requestId) {
        String address = proxies.clientAddress(ex.request());
        OptionalLong wait = rateLimits.forAddress(address);
        if (wait.isEmpty()) {
            return false;
        }
        tooMany(ex, null, "address " + address, wait.getAsLong(), requestId);
        return true;
    }

    /**
     * A 429. Only the first of a client's minute is recorded in the audit log: a client past its limit would otherwise
     * make the gateway write a row for every request the limit refuses.
     */
    private void tooMany(Exchange ex, Identity who, String client, long seconds, String requestId) {
        ex.response().putHeader("Retry-After", Long.toString(seconds));
        String detail = "too many requests from this client; retry in " + seconds + " s";
        if (audit.firstRateLimitRefusal(client)) {
            deny(ex, who, 429, "Too Many Requests", "rate-limited", detail, requestId);
        } else {
            ex.request().resume();
            ProblemResponses.send(ex.response(), 429, "Too Many Requests", "rate-limited", detail, ex.request().path(),
                    requestId);
        }
    }

    private void identified(Exchange ex, Identity who, Target target) {
        HttpServerRequest request = ex.request();
        OptionalLong wait = rateLimits.forIdentity(who);
        if (wait.isPresent()) {
            tooMany(ex, who, "identity " + who.role().code() + " " + who.subject(), wait.getAsLong(),
                    target.requestId());
            return;
        }
        String method = request.method().name();
        switch (rules.decide(who.role(), method, request.path())) {
            case FORBIDDEN -> {
                deny(ex, who, 403, "Forbidden", "forbidden", "the " + who.role().code() + " role may not "
                        + method + " " + request.path(), target.requestId());
                return;
            }
            case METHOD_NOT_ALLOWED -> {
                request.resume();
                ex.response().putHeader("Allow", String.join(", ", rules.methodsOf(request.path())));
                ProblemResponses.send(ex.response(), 405, "Method Not Allowed", "http-405", "no operation of this "
                        + "API answers " + method + " on " + request.path(), request.path(), target.requestId());
                return;
            }
            case NOT_FOUND -> {
                request.resume();
                ProblemResponses.send(ex.response(), 404, "Not Found", "not-found", "no resource at "
                        + request.path(), request.path(), target.requestId());
                return;
            }
            case UNKNOWN -> {
                request.resume();
                ProblemResponses.send(ex.response().putHeader("Retry-After", "5"), 503, "Service Unavailable",
                        "service-unavailable", "the " + target.service() + " service has not told the gateway "
                                + "its access rules yet (it is starting or unreachable); try again later",
                        request.path(), target.requestId());
                return;
            }
            default -> {
            }
        }
        boolean write = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        ServiceBreakers.Call call = ServiceBreakers.acquire(breakers.of(target.service(), target.resource(), write));
        if (call == null) {
            request.resume();
            ex.response().putHeader("Retry-After", Long.toString(ServiceBreakers.refusal().retryAfterSeconds()));
            ProblemResponses.send(ex.response(), 503, "Service Unavailable", "service-unavailable",
                    "the " + target.service() + " service is failing on /api/v1/" + target.resource() + "; the "
                            + "gateway stops sending it such requests for a while (circuit open); try again later",
                    request.path(), target.requestId());
            return;
        }
        Map<String, String> vouched = new HashMap<>(8);
        vouched.put(REQUEST_ID, target.requestId());
        vouched.put(ACTOR, who.subject());
        vouched.put(ROLE, who.role().code());
        if (who.state() != null) {
            vouched.put(STATE, who.state());
        }
        if (who.provider() != null) {
            vouched.put(PROVIDER, who.provider());
        }
        callerTokens.ifPresent(tokens -> vouched.put(CallerTokens.HEADER, tokens.tokenFor(
                new Caller(who.subject(), who.role().code(), who.state(), who.provider()),
                audiences.get(target.service()), IDENTITY_VALIDITY)));
        forwarders.get(target.service()).forward(ex, vouched, call, target.requestId());
    }

    private void unauthenticated(Exchange ex, String requestId, String reason) {
        ex.response().putHeader("WWW-Authenticate", "ApiKey realm=\"tahub\", Bearer realm=\"tahub\"");
        deny(ex, null, 401, "Unauthorized", "unauthenticated", "send a valid API key as 'Authorization: ApiKey <key>' "
                + "or 'X-API-Key: <key>', or a bearer token ('Authorization: Bearer <jwt>') (" + reason + ")",
                requestId);
    }

    private void deny(Exchange ex, Identity who, int status, String title, String type, String detail,
                      String requestId) {
        HttpServerRequest request = ex.request();
        String method = request.method().name();
        String path = request.path();
        vertx.executeBlocking(() -> {
            audit.denied(requestId, who, method, path, status, detail);
            return null;
        }, false).onFailure(e -> LOG.errorf(e, "could not record the denial of request %s", requestId));
        request.resume();
        ProblemResponses.send(ex.response(), status, title, type, detail, path, requestId);
    }

    /** The number of digits of {@code value} when it is 1 to {@code max} digits and nothing else, else -1. */
    static int digits(String value, int max) {
        int n = value.length();
        if (n == 0 || n > max) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return n;
    }

    private static boolean plausibleId(String id) {
        return id.length() <= 128 && id.chars().allMatch(c -> c > 32 && c < 127);
    }

    /** A random (version 4) UUID from a thread-local generator: ids need to be unique, not secret. */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static String newTraceparent() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "00-" + hex16(random.nextLong()) + hex16(random.nextLong()) + "-" + hex16(random.nextLong()) + "-01";
    }

    private static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
