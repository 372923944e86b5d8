package org.tahub.delivery.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

/**
 * A service is ready while its Kafka broker answers, and says so quickly when it does not: within its bound, not
 * the client's own timeouts; on Kubernetes (ready-with-kafka=false) it reports the broker and stays ready.
 */
@QuarkusTest
class KafkaReadinessTest {

    private static final Duration BOUND = Duration.ofMillis(500);

    @Inject
    @Readiness
    KafkaReadiness readiness;

    @Test
    void readyWhileTheBrokerAnswers() {
        HealthCheckResponse response = readiness.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("nodes", 1L));
    }

    @Test
    void notReadyWithinItsBoundWhenNoBrokerAnswers() throws IOException {
        Map<String, Object> nowhere = Map.of("bootstrap.servers", "127.0.0.1:" + closedPort());
        KafkaReadiness strict = new KafkaReadiness(nowhere, BOUND, true);
        KafkaReadiness lenient = new KafkaReadiness(nowhere, BOUND, false);
        try {
            long start = System.nanoTime();
            HealthCheckResponse down = strict.call();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(down.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("reachable", false));
            assertThat(took).as("answered within its bound, not the client's timeouts").isLessThan(Duration.ofSeconds(3));

            HealthCheckResponse reported = lenient.call();
            assertThat(reported.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(reported.getData()).hasValueSatisfying(data -> assertThat(data).containsEntry("reachable", false));
        } finally {
            strict.onStop(null);
            lenient.onStop(null);
        }
    }

    /** A loopback port nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
