package org.tahub.gateway.routing;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.tahub.gateway.config.GatewayConfig;

/**
 * The gateway's own HTTP server for the proxied path, beside Quarkus's ({@code tahub.gateway.front-door.port}; off
 * when unset). A request under {@code /api/v1} that a service answers is checked and forwarded straight from the
 * Vert.x request, as on Quarkus's port, without Quarkus's router and the handlers it runs on every route
 * (security's path permissions, context propagation, observability, graceful shutdown, response wrapper: a quarter of
 * the proxy's Java time). Every other request (the gateway's own resources, its OpenAPI document and Swagger UI,
 * health, metrics) is handed to Quarkus's router, so that the front door answers everything the gateway does.
 */
@ApplicationScoped
public class FrontDoor {

    private static final Logger LOG = Logger.getLogger(FrontDoor.class);

    private final GatewayConfig config;
    private final ApiProxy proxy;
    private volatile Router quarkusRouter;
    private volatile String deployment;
    private volatile int port = -1;

    public FrontDoor(GatewayConfig config, ApiProxy proxy) {
        this.config = config;
        this.proxy = proxy;
    }

    void router(@Observes Router router) {
        this.quarkusRouter = router;
    }

    void start(@Observes StartupEvent start, Vertx vertx) throws Exception {
        if (config.frontDoor().port().isEmpty()) {
            return;
        }
        int instances = config.frontDoor().eventLoops().orElse(2 * Runtime.getRuntime().availableProcessors());
        HttpServerOptions options = new HttpServerOptions().setPort(config.frontDoor().port().getAsInt())
                .setHost(config.frontDoor().host()).setTcpNoDelay(true)
                // As Quarkus's server: the gateway's own limits are lower and answer 414 and 431 problems.
                .setMaxInitialLineLength(65536).setMaxHeaderSize(65536)
                // A client that asks before sending a body (curl does past 1 KB) is not kept waiting.
                .setHandle100ContinueAutomatically(true);
        deployment = vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start(io.vertx.core.Promise<Void> started) {
                vertx.createHttpServer(options).requestHandler(request -> {
                    String path = request.path();
                    if (path == null || !path.startsWith("/api/v1/") || ApiProxy.ownResource(path)
                            || request.getHeader("Origin") != null) {
                        // Quarkus's router runs the same edge checks, then the gateway's own resources; and a
                        // browser's call (Origin) gets its CORS answer there.
                        quarkusRouter.handle(request);
                        return;
                    }
                    Exchange exchange = Exchange.of(request, own -> quarkusRouter.handle(own.request()));
                    if (proxy.edge(exchange)) {
                        proxy.forward(exchange);
                    }
                }).listen().onSuccess(server -> {
                    port = server.actualPort();
                    started.complete();
                }).onFailure(started::fail);
            }
        }, new DeploymentOptions().setInstances(instances)).toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        LOG.infof("front door listening on %s:%d (%d event loops)", config.frontDoor().host(), port, instances);
    }

    void stop(@Observes ShutdownEvent stop, Vertx vertx) {
        if (deployment != null) {
            vertx.undeploy(deployment);
        }
    }

    /** The port the front door listens on (the one asked for, or the one given for 0); -1 when it is off. */
    public int port() {
        return port;
    }
}
