package org.tahub.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.gateway.upstream.Upstreams;

/**
 * The gateway is ready when every service behind it is: asks each one's {@code /q/health/ready} (its database and
 * Kafka included) and reports each service's status and failing checks. With {@code tahub.gateway.ready-with-services}
 * false (on Kubernetes) it reports them and stays ready.
 */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements AsyncHealthCheck {

    private final GatewayConfig config;
    private final Upstreams upstreams;

    public ServicesReadiness(GatewayConfig config, Upstreams upstreams) {
        this.config = config;
        this.upstreams = upstreams;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Map.Entry<String, String>>> probes = new ArrayList<>();
        for (String service : new TreeMap<>(config.services()).keySet()) {
            probes.add(Uni.createFrom().completionStage(() -> upstreams.get(service, "/q/health/ready")
                            .toCompletionStage())
                    .map(reply -> Map.entry(service, describe(reply)))
                    .onFailure().recoverWithItem(e -> Map.entry(service, String.valueOf(e.getMessage()).contains("timeout")
                            ? "DOWN (no answer within " + config.probeTimeout().toSeconds() + " s)"
                            : "DOWN (unreachable: " + e.getMessage() + ")")));
        }
        return Uni.join().all(probes).andFailFast().map(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("services").up();
            for (Map.Entry<String, String> r : results) {
                builder.withData(r.getKey(), r.getValue());
                if (!r.getValue().startsWith("UP") && config.readyWithServices()) {
                    builder.down();
                }
            }
            return builder.build();
        });
    }

    private static String describe(Upstreams.Reply reply) {
        try {
            JsonObject json = reply.body().toJsonObject();
            String status = json.getString("status", "DOWN");
            if ("UP".equals(status)) {
                return "UP";
            }
            List<String> failing = new ArrayList<>();
            json.getJsonArray("checks", new io.vertx.core.json.JsonArray()).forEach(c -> {
                JsonObject check = (JsonObject) c;
                if (!"UP".equals(check.getString("status"))) {
                    failing.add(check.getString("name"));
                }
            });
            return "DOWN (" + String.join(", ", failing) + ")";
        } catch (RuntimeException e) {
            return "DOWN (HTTP " + reply.status() + ")";
        }
    }
}
