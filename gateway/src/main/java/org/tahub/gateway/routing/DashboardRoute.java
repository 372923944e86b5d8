package org.tahub.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jboss.logging.Logger;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.gateway.security.RateLimits;

/**
 * {@code /dashboard} and below, forwarded to the dashboard service as they are: after the edge checks every request
 * passes, limited by client address, behind a circuit breaker of its own. The dashboard signs its users in itself (a
 * session cookie) and reads the API through the gateway with their own credential, so nothing here vouches for an
 * identity: the client's credential and identity headers are stripped as on every forwarded call.
 */
@ApplicationScoped
public class DashboardRoute {

    private static final Logger LOG = Logger.getLogger(DashboardRoute.class);
    static final String PREFIX = "/dashboard";

    private final GatewayConfig config;
    private final RateLimits rateLimits;
    private final ServiceBreakers breakers;
    private final MeterRegistry meters;
    private final TrustedProxies proxies;

    public DashboardRoute(GatewayConfig config, RateLimits rateLimits, ServiceBreakers breakers, MeterRegistry meters) {
        this.config = config;
        this.rateLimits = rateLimits;
        this.breakers = breakers;
        this.meters = meters;
        this.proxies = new TrustedProxies(config.trustedProxies().orElse(List.of()));
    }

    void register(@Observes Router router, Vertx vertx) {
        config.dashboard().url().ifPresent(url -> {
            Forwarder forwarder = new Forwarder(vertx, "dashboard", url, config.timeout().toMillis(),
                    config.maxBodySize(), meters);
            router.route(PREFIX).order(-15).handler(rc -> forward(Exchange.of(rc), forwarder));
            router.route(PREFIX + "/*").order(-15).handler(rc -> forward(Exchange.of(rc), forwarder));
        });
    }

    void logRoute(@Observes StartupEvent start) {
        config.dashboard().url().ifPresentOrElse(url -> LOG.infof("routing %s to the dashboard at %s", PREFIX, url),
                () -> LOG.infof("no dashboard (tahub.gateway.dashboard.url is unset): %s answers 404", PREFIX));
    }

    private void forward(Exchange ex, Forwarder forwarder) {
        String requestId = ex.request().getHeader(ApiProxy.REQUEST_ID);
        String address = proxies.clientAddress(ex.request());
        OptionalLong wait = rateLimits.forAddress(address);
        if (wait.isPresent()) {
            ex.response().putHeader("Retry-After", Long.toString(wait.getAsLong()));
            ProblemResponses.send(ex.response(), 429, "Too Many Requests", "rate-limited", "too many requests from "
                    + "this client; retry in " + wait.getAsLong() + " s", ex.request().path(), requestId);
            return;
        }
        String method = ex.request().method().name();
        boolean write = !(method.equals("GET") || method.equals("HEAD"));
        ServiceBreakers.Call call = ServiceBreakers.acquire(breakers.of("dashboard", "dashboard", write));
        if (call == null) {
            ex.response().putHeader("Retry-After", Long.toString(ServiceBreakers.refusal().retryAfterSeconds()));
            ProblemResponses.send(ex.response(), 503, "Service Unavailable", "service-unavailable", "the dashboard "
                    + "is failing; try again later", ex.request().path(), requestId);
            return;
        }
        forwarder.forward(ex, Map.of(ApiProxy.REQUEST_ID, requestId, "X-Forwarded-For", address,
                "X-Forwarded-Proto", ex.request().scheme()), call, requestId);
    }
}
