package org.tahub.instruments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tahub.infrastructure.testing.PostgresTestResource;

/**
 * On Kubernetes (tahub.health.ready-with-kafka=false) a broker outage must not make every instance unready at once,
 * which would take the API out of its Services: the service stays ready, says that the broker is unreachable, and
 * still answers. Here no broker listens at all.
 */
@QuarkusTest
@TestProfile(ReadinessWithoutBrokerTest.NoBroker.class)
class ReadinessWithoutBrokerTest {

    public static class NoBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:9", "tahub.health.ready-with-kafka", "false",
                    "tahub.health.kafka-timeout", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class, Map.of("database", "tahub_instruments")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void theServiceStaysReadyAndSaysTheBrokerIsUnreachable() {
        given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                .body("checks.find { it.name == 'Kafka broker' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Kafka broker' }.data.reachable", equalTo(false))
                .body("checks.find { it.name == 'Kafka broker' }.data.reason", notNullValue());
        given().header(org.tahub.identity.CallerTokens.HEADER, Callers.as("analyst-1", "analyst")).get("/api/v1/areas").then().statusCode(200);
    }
}
