package org.tahub.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On Kubernetes (tahub.gateway.ready-with-services=false) one service being down must not take the gateway, and so
 * the whole API, out of its Service: the gateway stays ready and still says which service is down and whose access
 * rules it lacks (calls to that service answer 503 meanwhile).
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
@TestProfile(ReadinessOnKubernetesTest.OnKubernetes.class)
class ReadinessOnKubernetesTest {

    public static class OnKubernetes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tahub.gateway.ready-with-services", "false");
        }
    }

    @Test
    void theGatewayStaysReadyWhileAServiceIsDownAndReportsIt() {
        given().get("/q/health/ready").then().log().ifValidationFails().statusCode(200)
                .body("checks.find { it.name == 'services' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.instruments", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.assessments", containsString("DOWN"))
                .body("checks.find { it.name == 'access-rules' }.data.unknown", containsString("assessments"));
        given().header("X-API-Key", StubServices.ADMIN_KEY).get("/api/v1/assessments").then().statusCode(503)
                .contentType("application/problem+json");
        given().header("X-API-Key", StubServices.ADMIN_KEY).get("/api/v1/areas").then().statusCode(200);
    }
}
