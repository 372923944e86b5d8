package org.tahub.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What the gateway itself guarantees to every client, whichever service answers. */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class GatewayRoutingTest {

    private static final String KEY = StubServices.ADMIN_KEY;

    @Test
    void withoutAValidKeyNothingPasses() {
        given().get("/api/v1/areas").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("ApiKey")).body("status", equalTo(401));
        given().header("X-API-Key", "wrong").get("/api/v1/areas").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aRequestReachesItsServiceWithRequestIdTraceAndVouchedIdentityOnly() {
        given().header("Authorization", "ApiKey " + KEY).header("X-Tahub-Actor", "someone-else")
                .get("/api/v1/areas?x=1").then().statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("uri", equalTo("/api/v1/areas?x=1"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"))
                .body("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"))
                .body("actor", equalTo("admin")).body("role", equalTo("admin"))
                .body("authorization", nullValue()).body("apiKey", nullValue());
    }

    @Test
    void aClientsRequestIdAndTraceparentAreKept() {
        String trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().header("X-API-Key", KEY).header("X-Request-Id", "partner-42").header("traceparent", trace)
                .get("/api/v1/instruments").then().statusCode(200)
                .header("X-Request-Id", "partner-42")
                .body("requestId", equalTo("partner-42")).body("traceparent", equalTo(trace));
    }

    @Test
    void bodiesAreForwarded() {
        given().header("X-API-Key", KEY).contentType("application/json").body("{\"text\":\"" + "a".repeat(10_000) + "\"}")
                .post("/api/v1/classify").then().statusCode(200)
                .body("method", equalTo("POST")).body("bodyLength", equalTo(10_011));
    }

    @Test
    void anUnknownResourceIsANotFoundProblem() {
        given().header("X-API-Key", KEY).get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("/api/v1/nothing-here"));
    }

    @Test
    void aServiceThatIsDownGivesA503Problem() {
        given().header("X-API-Key", KEY).get("/api/v1/assessments/template").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("assessments"));
        // (a service that never answered has not told its rules either: 503 until it does; FrontDoorTest has the
        // breaker of a service that answers 500s)
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGivesA504Problem() {
        given().header("X-API-Key", KEY).get("/api/v1/activities/slow").then().statusCode(504)
                .contentType("application/problem+json").body("detail", containsString("instruments"));
    }

    @Test
    void readinessReportsEveryServiceAndIsDownWhileOneIs() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'services' }.data.instruments", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.assessments", containsString("DOWN"));
    }

    @Test
    void theOpenApiDocumentMergesTheServices() {
        given().get("/api/v1/openapi").then().statusCode(200)
                .body("openapi", equalTo("3.1.0")).body("paths", hasKey("/api/v1/areas"))
                .body("'x-tahub-missing'", org.hamcrest.Matchers.hasItem("assessments"))
                .body("components.securitySchemes", hasKey("apiKey"));
    }
}
