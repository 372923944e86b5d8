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
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.tahub.gateway.routing.FrontDoor;

/**
 * The front door (the gateway's own server for the proxied path) answers exactly as the gateway's Quarkus port does:
 * the same checks and identity on what it forwards, and everything else (the gateway's own resources, its OpenAPI
 * document, health, a browser's CORS) by Quarkus's router behind it.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class FrontDoorServerTest {

    private static final String KEY = StubServices.ADMIN_KEY;

    @Inject
    FrontDoor door;

    private RequestSpecification atTheDoor() {
        return given().port(door.port());
    }

    @Test
    void aProxiedCallReachesItsServiceWithTheVouchedIdentityOnly() {
        atTheDoor().header("Authorization", "ApiKey " + KEY).header("X-Tahub-Actor", "someone-else")
                .get("/api/v1/areas?x=1").then().statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("uri", equalTo("/api/v1/areas?x=1"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"))
                .body("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"))
                .body("actor", equalTo("admin")).body("role", equalTo("admin"))
                .body("authorization", nullValue()).body("apiKey", nullValue());
    }

    @Test
    void itRefusesAsTheGatewayDoes() {
        atTheDoor().get("/api/v1/areas").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("ApiKey"));
        atTheDoor().header("X-API-Key", KEY).get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
        atTheDoor().header("X-API-Key", KEY).urlEncodingEnabled(false).get("/api/v1/areas/../assessments").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("dot segments"));
        atTheDoor().header("X-API-Key", KEY).queryParam("size", "5000").get("/api/v1/instruments").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theGatewaysOwnResourcesAnswerBehindIt() {
        atTheDoor().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        atTheDoor().get("/api/v1/openapi").then().statusCode(200).body("paths", hasKey("/api/v1/areas"));
        atTheDoor().get("/api/v1/admin/api-keys").then().statusCode(401);
        atTheDoor().header("X-API-Key", KEY).get("/api/v1/admin/api-keys").then().statusCode(200);
        atTheDoor().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void aBrowsersCallGetsItsCorsAnswer() {
        atTheDoor().header("Origin", "http://localhost:5173").header("X-API-Key", KEY).get("/api/v1/areas").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:5173");
        atTheDoor().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/areas").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
    }
}
