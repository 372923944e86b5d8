package org.tahub.gateway.routing;

import io.quarkus.runtime.StartupEvent;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import io.vertx.httpproxy.Body;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.gateway.security.AccessAudit;
import org.tahub.gateway.security.AccessPolicy;
import org.tahub.gateway.security.ApiKeys;
import org.tahub.gateway.security.BearerTokens;
import org.tahub.gateway.security.Identity;
import org.tahub.gateway.security.RateLimits;
import org.tahub.identity.Caller;
import org.tahub.identity.CallerTokens;

/**
 * Forwards {@code /api/v1/**} to the service that owns the resource with the Vert.x HTTP reverse proxy: bodies are
 * streamed both ways, never buffered. Before forwarding it limits the client's rate (429), the body size (413) and
 * the page size (400), authenticates the client (401) and checks its role (403), recording every refusal in the
 * audit log; it gives the request an
 * {@code X-Request-Id} (kept when the client sent one) and a W3C {@code traceparent} (kept when present), and
 * replaces any identity header a client tried to set with the one the gateway vouches for.
 * A service that is down gives a 503 problem, one that stays silent past the timeout a 504 problem; a service that
 * keeps failing is left alone for a while by a circuit breaker (503 at once, with Retry-After).
 */
@ApplicationScoped
public class ApiProxy {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String ACTOR = "X-Tahub-Actor";
    public static final String ROLE = "X-Tahub-Role";
    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    public static final String STATE = "X-Tahub-State";
    public static final String PROVIDER = "X-Tahub-Provider";
    /** Paths under /api/v1 that the gateway answers itself. */
    private static final String OWN_OPENAPI = "/api/v1/openapi";
    private static final String OWN_ADMIN = "/api/v1/admin";
    /** How long the identity token handed to a service is valid: long enough for one call. */
    private static final Duration IDENTITY_VALIDITY = Duration.ofSeconds(60);

    private final GatewayConfig config;
    private final Routes routes;
    private final ApiKeys keys;
    private final AccessPolicy policy;
    private final AccessAudit audit;
    private final RateLimits rateLimits;
    private final ServiceBreakers breakers;
    private final BearerTokens bearerTokens;
    private final Optional<CallerTokens> callerTokens;
    private final Map<String, HttpProxy> proxies = new HashMap<>();
    private Vertx vertx;

    public ApiProxy(GatewayConfig config, Routes routes, ApiKeys keys, AccessPolicy policy, AccessAudit audit,
                    RateLimits rateLimits, ServiceBreakers breakers, BearerTokens bearerTokens,
                    @ConfigProperty(name = "tahub.identity.secret") Optional<String> identitySecret) {
        this.config = config;
        this.routes = routes;
        this.keys = keys;
        this.policy = policy;
        this.audit = audit;
        this.rateLimits = rateLimits;
        this.breakers = breakers;
        this.bearerTokens = bearerTokens;
        this.callerTokens = identitySecret.filter(secret -> !secret.isBlank()).map(CallerTokens::new);
    }

    void register(@Observes Router router, Vertx vertx) {
        this.vertx = vertx;
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(config.timeout().toMillis(), 5000))
                .setMaxPoolSize(64)
                .setKeepAlive(true));
        config.services().forEach((name, upstream) -> {
            URI url = upstream.url();
            HttpProxy proxy = HttpProxy.reverseProxy(client).originRequestProvider((request, c) -> c.request(
                    new RequestOptions().setHost(url.getHost()).setPort(url.getPort())
                            .setIdleTimeout(config.timeout().toMillis())));
            proxy.addInterceptor(new ServiceUnavailable(name, breakers.of(name)));
            proxy.addInterceptor(new BodyLimit(config.maxBodySize()));
            proxies.put(name, proxy);
        });
        router.route("/api/v1/*").order(-10).handler(this::forward);
    }

    void logRoutes(@Observes StartupEvent start) {
        config.services().forEach((name, u) -> LOG.infof("routing /api/v1/{%s} to %s at %s",
                String.join(",", u.resources()), name, u.url()));
    }

    private void forward(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String path = request.path();
        if (path.equals(OWN_OPENAPI)) {
            rc.next();
            return;
        }
        String requestId = Optional.ofNullable(request.getHeader(REQUEST_ID)).filter(ApiProxy::plausibleId)
                .orElseGet(ApiProxy::newRequestId);
        request.headers().set(REQUEST_ID, requestId);
        rc.response().putHeader(REQUEST_ID, requestId);
        if (request.getHeader(TRACEPARENT) == null) {
            request.headers().set(TRACEPARENT, newTraceparent());
        }
        if (!path.equals(rc.normalizedPath())) {
            // "/api/v1/states/../assessments" must not pass the rules of one resource and reach another.
            ProblemResponses.send(rc.response(), 400, "Bad Request", "invalid-request",
                    "the path must not contain dot segments or encoded characters that change it", path, requestId);
            return;
        }
        boolean own = path.equals(OWN_ADMIN) || path.startsWith(OWN_ADMIN + "/");
        Optional<String> service = own ? Optional.empty() : routes.serviceFor(path);
        if (!own && service.isEmpty()) {
            ProblemResponses.send(rc.response(), 404, "Not Found", "not-found", "no resource at " + path, path,
                    requestId);
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > config.maxBodySize()) {
            ProblemResponses.send(rc.response().putHeader("Connection", "close"), 413, "Content Too Large",
                    "body-too-large", "the request body has " + length + " bytes; at most " + config.maxBodySize()
                            + " are accepted", path, requestId);
            return;
        }
        String size = request.getParam("size");
        if (size != null && size.matches("\\d{1,9}") && Integer.parseInt(size) > config.maxPageSize()) {
            ProblemResponses.send(rc.response(), 400, "Bad Request", "invalid-request",
                    "query.size: at most " + config.maxPageSize() + " items per page", path, requestId);
            return;
        }
        Optional<String> key = ApiKeys.presented(request.getHeader("Authorization"), request.getHeader("X-API-Key"));
        Optional<String> bearer = BearerTokens.presented(request.getHeader("Authorization"));
        String client = key.or(() -> bearer).map(k -> "client:" + Integer.toHexString(k.hashCode()))
                .orElseGet(() -> "address:" + request.remoteAddress().hostAddress());
        OptionalLong wait = rateLimits.waitSeconds(client);
        if (wait.isPresent()) {
            rc.response().putHeader("Retry-After", Long.toString(wait.getAsLong()));
            deny(rc, null, 429, "Too Many Requests", "rate-limited", "too many requests from this client; retry in "
                    + wait.getAsLong() + " s", requestId);
            return;
        }
        if (bearer.isPresent()) {
            Optional<Identity> identity = bearerTokens.identify(bearer.get());
            if (identity.isEmpty()) {
                unauthenticated(rc, requestId, "the bearer token is invalid, expired, or lacks a TA Hub role");
                return;
            }
            authorised(rc, identity, service, requestId);
            return;
        }
        if (key.isEmpty()) {
            unauthenticated(rc, requestId, "no API key");
            return;
        }
        Optional<Optional<Identity>> cached = keys.cached(key.get());
        if (cached.isPresent()) {
            authorised(rc, cached.get(), service, requestId);
            return;
        }
        request.pause();
        vertx.executeBlocking(() -> keys.identify(key.get()), false).onComplete(result -> {
            if (result.failed()) {
                LOG.errorf(result.cause(), "request %s: could not check its API key", requestId);
                ProblemResponses.send(rc.response(), 503, "Service Unavailable", "service-unavailable",
                        "credentials cannot be checked right now; try again later", path, requestId);
                return;
            }
            authorised(rc, result.result(), service, requestId);
        });
    }

    private void authorised(RoutingContext rc, Optional<Identity> identity, Optional<String> service,
                            String requestId) {
        HttpServerRequest request = rc.request();
        if (identity.isEmpty()) {
            unauthenticated(rc, requestId, "unknown, expired or revoked API key");
            return;
        }
        Identity who = identity.get();
        if (!policy.allows(who.role(), request.method().name(), request.path())) {
            deny(rc, who, 403, "Forbidden", "forbidden", "the " + who.role().code() + " role may not "
                    + request.method().name() + " " + request.path(), requestId);
            return;
        }
        request.headers().remove("Authorization").remove("X-API-Key")
                .remove(ACTOR).remove(ROLE).remove(STATE).remove(PROVIDER).remove(CallerTokens.HEADER);
        request.headers().set(ACTOR, who.subject()).set(ROLE, who.role().code());
        callerTokens.ifPresent(tokens -> request.headers().set(CallerTokens.HEADER, tokens.tokenFor(
                new Caller(who.subject(), who.role().code(), who.state(), who.provider()), IDENTITY_VALIDITY)));
        if (who.state() != null) {
            request.headers().set(STATE, who.state());
        }
        if (who.provider() != null) {
            request.headers().set(PROVIDER, who.provider());
        }
        if (service.isEmpty()) {
            rc.put(Identity.CONTEXT_KEY, who);
            request.resume();
            rc.next();
            return;
        }
        ServiceBreakers.Refusal refusal = breakers.refuse(service.get());
        if (refusal != null) {
            request.resume();
            rc.response().putHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
            ProblemResponses.send(rc.response(), 503, "Service Unavailable", "service-unavailable",
                    "the " + service.get() + " service is failing; the gateway stops sending it requests for a "
                            + "while (circuit open); try again later", request.path(), requestId);
            return;
        }
        proxies.get(service.get()).handle(request);
    }

    private void unauthenticated(RoutingContext rc, String requestId, String reason) {
        rc.response().putHeader("WWW-Authenticate", "ApiKey realm=\"tahub\", Bearer realm=\"tahub\"");
        deny(rc, null, 401, "Unauthorized", "unauthenticated", "send a valid API key as 'Authorization: ApiKey <key>' "
                + "or 'X-API-Key: <key>', or a bearer token ('Authorization: Bearer <jwt>') (" + reason + ")",
                requestId);
    }

    private void deny(RoutingContext rc, Identity who, int status, String title, String type, String detail,
                      String requestId) {
        HttpServerRequest request = rc.request();
        String method = request.method().name();
        String path = request.path();
        vertx.executeBlocking(() -> {
            audit.denied(requestId, who, method, path, status, detail);
            return null;
        }, false).onFailure(e -> LOG.errorf(e, "could not record the denial of request %s", requestId));
        request.resume();
        ProblemResponses.send(rc.response(), status, title, type, detail, path, requestId);
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

    /** Answers for a service that cannot be reached (503) or does not answer in time (504). */
    private record ServiceUnavailable(String service, CircuitBreaker breaker) implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            long start = System.nanoTime();
            return context.sendRequest().onSuccess(response -> {
                if (response.getStatusCode() >= 500) {
                    breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS,
                            new IllegalStateException("HTTP " + response.getStatusCode()));
                } else {
                    breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                }
            }).recover(failure -> {
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
                boolean timeout = failure instanceof TimeoutException
                        || String.valueOf(failure.getMessage()).toLowerCase().contains("timeout");
                int status = timeout ? 504 : 503;
                String detail = timeout
                        ? "the " + service + " service did not answer in time; try again later"
                        : "the " + service + " service is not reachable; try again later";
                LOG.warnf("%s %s: %s", context.request().getMethod(), context.request().getURI(), failure);
                HttpServerRequest original = context.request().proxiedRequest();
                ProxyResponse response = context.request().response()
                        .setStatusCode(status)
                        .putHeader("Content-Type", org.tahub.problems.Problem.MEDIA_TYPE)
                        .setBody(Body.body(ProblemResponses.body(status, timeout ? "Gateway Timeout"
                                        : "Service Unavailable", timeout ? "service-timeout" : "service-unavailable",
                                detail, original.path(), original.getHeader(REQUEST_ID))));
                if (!timeout) {
                    response.putHeader("Retry-After", "5");
                }
                return Future.succeededFuture(response);
            });
        }
    }
}
