package org.tahub.gateway.routing;

import io.quarkus.runtime.StartupEvent;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.gateway.security.ApiKeys;

/**
 * Forwards {@code /api/v1/**} to the service that owns the resource with the Vert.x HTTP reverse proxy: bodies are
 * streamed both ways, never buffered. Before forwarding it authenticates the client, gives the request an
 * {@code X-Request-Id} (kept when the client sent one) and a W3C {@code traceparent} (kept when present), and
 * replaces any identity header a client tried to set with the one the gateway vouches for.
 * A service that is down gives a 503 problem, one that stays silent past the timeout a 504 problem.
 */
@ApplicationScoped
public class ApiProxy {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";
    public static final String ACTOR = "X-Tahub-Actor";
    public static final String ROLE = "X-Tahub-Role";
    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** Paths under /api/v1 that the gateway answers itself. */
    private static final String OWN_OPENAPI = "/api/v1/openapi";

    private final GatewayConfig config;
    private final Routes routes;
    private final ApiKeys keys;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public ApiProxy(GatewayConfig config, Routes routes, ApiKeys keys) {
        this.config = config;
        this.routes = routes;
        this.keys = keys;
    }

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(config.timeout().toMillis(), 5000))
                .setMaxPoolSize(64)
                .setKeepAlive(true));
        config.services().forEach((name, upstream) -> {
            URI url = upstream.url();
            HttpProxy proxy = HttpProxy.reverseProxy(client).originRequestProvider((request, c) -> c.request(
                    new RequestOptions().setHost(url.getHost()).setPort(url.getPort())
                            .setIdleTimeout(config.timeout().toMillis())));
            proxy.addInterceptor(new ServiceUnavailable(name));
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
                .orElseGet(() -> UUID.randomUUID().toString());
        request.headers().set(REQUEST_ID, requestId);
        rc.response().putHeader(REQUEST_ID, requestId);
        if (request.getHeader(TRACEPARENT) == null) {
            request.headers().set(TRACEPARENT, newTraceparent());
        }
        Optional<String> service = routes.serviceFor(path);
        if (service.isEmpty()) {
            ProblemResponses.send(rc.response(), 404, "Not Found", "not-found",
                    "no resource at " + path, path, requestId);
            return;
        }
        Optional<ApiKeys.Identity> identity = ApiKeys.presented(request.getHeader("Authorization"),
                request.getHeader("X-API-Key")).flatMap(keys::identify);
        if (identity.isEmpty()) {
            rc.response().putHeader("WWW-Authenticate", "ApiKey realm=\"tahub\"");
            ProblemResponses.send(rc.response(), 401, "Unauthorized", "unauthenticated",
                    "send a valid API key as 'Authorization: ApiKey <key>' or 'X-API-Key: <key>'", path, requestId);
            return;
        }
        request.headers().remove("Authorization").remove("X-API-Key");
        request.headers().set(ACTOR, identity.get().subject()).set(ROLE, identity.get().role());
        proxies.get(service.get()).handle(request);
    }

    private static boolean plausibleId(String id) {
        return id.length() <= 128 && id.chars().allMatch(c -> c > 32 && c < 127);
    }

    private static String newTraceparent() {
        String trace = UUID.randomUUID().toString().replace("-", "");
        String span = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return "00-" + trace + "-" + span + "-01";
    }

    /** Answers for a service that cannot be reached (503) or does not answer in time (504). */
    private record ServiceUnavailable(String service) implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
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
