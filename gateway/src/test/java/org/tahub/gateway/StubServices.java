package org.tahub.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the services behind the gateway, to test the gateway's own behaviour: it echoes what it received,
 * answers slowly on /slow, 500 on /fail, 404 on /missing, closes the connection without an answer on every other
 * call to /flaky, and the "assessments" service points at a port where nothing listens.
 * (The system tests run the gateway against the real services.)
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public static final String ADMIN_KEY = "test-admin-key-0123456789";
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        java.util.concurrent.atomic.AtomicInteger flaky = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer server = vertx.createHttpServer().requestHandler(req -> {
            if (req.path().endsWith("/fail")) {
                req.response().setStatusCode(500).putHeader("Content-Type", "application/problem+json")
                        .end("{\"status\":500}");
                return;
            }
            if (req.path().endsWith("/missing")) {
                req.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end("{\"status\":404}");
                return;
            }
            if (req.path().endsWith("/flaky") && flaky.incrementAndGet() % 2 == 1) {
                // As a service does when it closes a keep-alive connection the gateway is about to reuse.
                req.connection().close();
                return;
            }
            if (req.path().endsWith("/slow")) {
                vertx.setTimer(3000, t -> req.response().end("{}"));
                return;
            }
            if (req.path().equals("/q/health/ready")) {
                req.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\",\"checks\":[]}");
                return;
            }
            if (req.path().equals("/q/openapi")) {
                req.response().putHeader("Content-Type", "application/json").end(document().encode());
                return;
            }
            req.body().onSuccess(body -> req.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("method", req.method().name())
                            .put("uri", req.uri())
                            .put("requestId", req.getHeader("X-Request-Id"))
                            .put("traceparent", req.getHeader("traceparent"))
                            .put("actor", req.getHeader("X-Tahub-Actor"))
                            .put("role", req.getHeader("X-Tahub-Role"))
                            .put("state", req.getHeader("X-Tahub-State"))
                            .put("provider", req.getHeader("X-Tahub-Provider"))
                            .put("identity", req.getHeader("X-Tahub-Identity"))
                            .put("authorization", req.getHeader("Authorization"))
                            .put("apiKey", req.getHeader("X-API-Key"))
                            .put("cookie", req.getHeader("Cookie"))
                            .put("forwardedFor", req.getHeader("X-Forwarded-For"))
                            .put("bodyLength", body.length())
                            .encode()));
        });
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            int closedPort;
            try (ServerSocket s = new ServerSocket(0)) {
                closedPort = s.getLocalPort();
            }
            String url = "http://127.0.0.1:" + server.actualPort();
            return Map.of(
                    "tahub.gateway.services.instruments.url", url,
                    "tahub.gateway.services.matching.url", url,
                    "tahub.gateway.services.assessments.url", "http://127.0.0.1:" + closedPort,
                    "tahub.gateway.dashboard.url", url,
                    "tahub.gateway.timeout", "1s",
                    "tahub.gateway.admin-key", ADMIN_KEY);
        } catch (Exception e) {
            throw new IllegalStateException("stub services did not start", e);
        }
    }

    /**
     * The stand-in services' operations and the roles each admits, as a service's OpenAPI document declares them
     * (the gateway derives its rules from them): an empty list admits every role.
     */
    static JsonObject document() {
        io.vertx.core.json.JsonArray everyone = new io.vertx.core.json.JsonArray();
        io.vertx.core.json.JsonArray curators = new io.vertx.core.json.JsonArray().add("curator").add("admin");
        io.vertx.core.json.JsonArray providers = new io.vertx.core.json.JsonArray().add("provider").add("admin");
        io.vertx.core.json.JsonArray parties = new io.vertx.core.json.JsonArray().add("state").add("provider")
                .add("analyst").add("admin");
        JsonObject paths = new JsonObject()
                .put("/api/v1/areas", new JsonObject().put("get", op(everyone)))
                .put("/api/v1/activities/{code}", new JsonObject().put("get", op(everyone)).put("put", op(curators)))
                .put("/api/v1/instruments", new JsonObject().put("get", op(everyone)).put("post", op(curators)))
                .put("/api/v1/tools", new JsonObject().put("get", op(everyone)))
                .put("/api/v1/tools/{slug}", new JsonObject().put("get", op(everyone)))
                .put("/api/v1/classify", new JsonObject().put("post", op(everyone)))
                .put("/api/v1/offers", new JsonObject().put("get", op(everyone)).put("post", op(providers)))
                .put("/api/v1/engagements", new JsonObject().put("get", op(parties)).put("post", op(parties)))
                .put("/api/v1/engagements/{id}", new JsonObject().put("get", op(parties)));
        return new JsonObject().put("openapi", "3.1.0").put("paths", paths)
                .put("tags", new io.vertx.core.json.JsonArray().add(new JsonObject().put("name", "Checklist")));
    }

    private static JsonObject op(io.vertx.core.json.JsonArray roles) {
        return new JsonObject().put("responses", new JsonObject().put("200", new JsonObject()))
                .put("security", new io.vertx.core.json.JsonArray().add(new JsonObject().put("gatewayIdentity", roles)));
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
