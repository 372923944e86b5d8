package org.tahub.delivery.health;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the Kafka cluster answers: a service whose events cannot leave or arrive is not ready. The check
 * is bounded (default 2 s) so that readiness answers quickly when the broker is down, and it recovers by itself when
 * the broker is back (the admin client reconnects).
 *
 * <p>With {@code tahub.health.ready-with-kafka=false} (on Kubernetes) the check reports the broker's state and stays
 * up: every instance of every service turning unready at once would take the whole API out of its Services, though
 * the API still answers without the broker (events wait in the outbox, consumers resume where they stopped).
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private final Map<String, Object> broker;
    private final String bootstrapServers;
    private final Duration timeout;
    private final boolean readyWithKafka;
    private volatile Admin admin;

    public KafkaReadiness(@Identifier("default-kafka-broker") Map<String, Object> broker,
                          @ConfigProperty(name = "tahub.health.kafka-timeout", defaultValue = "2s") Duration timeout,
                          @ConfigProperty(name = "tahub.health.ready-with-kafka", defaultValue = "true")
                          boolean readyWithKafka) {
        this.readyWithKafka = readyWithKafka;
        this.broker = Map.copyOf(broker);
        this.bootstrapServers = String.valueOf(broker.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG));
        this.timeout = timeout;
    }

    @Override
    public HealthCheckResponse call() {
        int ms = (int) timeout.toMillis();
        try {
            Collection<Node> nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(ms)).nodes()
                    .get(ms, TimeUnit.MILLISECONDS);
            return HealthCheckResponse.named("Kafka broker").up()
                    .withData("bootstrap.servers", bootstrapServers).withData("nodes", nodes.size()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        } catch (Exception e) {
            return down("no answer from " + bootstrapServers + " within " + ms + " ms ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named("Kafka broker").status(!readyWithKafka).withData("reachable", false)
                .withData("reason", reason).build();
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    int ms = (int) timeout.toMillis();
                    Map<String, Object> p = new HashMap<>(broker); // where the brokers are, how to authenticate
                    p.put(AdminClientConfig.CLIENT_ID_CONFIG, "readiness");
                    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
                    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
                    p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
                    admin = Admin.create(p);
                }
            }
        }
        return admin;
    }

    void onStop(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
