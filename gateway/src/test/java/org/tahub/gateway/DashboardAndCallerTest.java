package org.tahub.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * {@code /dashboard} goes to the dashboard service as it came, its cookies with it and nobody's credential or
 * vouched identity; {@code GET /api/v1/me} tells a client what its credential proves.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class DashboardAndCallerTest {

    @Test
    void theDashboardGetsItsPathAndCookiesButNoCredentialAndNoIdentity() {
        given().header("X-API-Key", StubServices.ADMIN_KEY).header("X-Tahub-Role", "admin")
                .cookie("tahub_session", "sealed").get("/dashboard/states/KEN?download=needs")
                .then().statusCode(200)
                .body("uri", equalTo("/dashboard/states/KEN?download=needs"))
                .body("cookie", equalTo("tahub_session=sealed"))
                .body("apiKey", nullValue()).body("role", nullValue()).body("identity", nullValue())
                .body("forwardedFor", equalTo("127.0.0.1"));
        given().get("/dashboard").then().statusCode(200).body("uri", equalTo("/dashboard"));
    }

    @Test
    void aClientLearnsWhatItsCredentialProves() {
        given().header("X-API-Key", StubServices.ADMIN_KEY).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("admin")).body("state", nullValue());
        String kenya = GatewaySecurityTest.issue("state", "KEN", null);
        given().header("Authorization", "ApiKey " + kenya).get("/api/v1/me").then().statusCode(200)
                .body("role", equalTo("state")).body("state", equalTo("KEN"));
        given().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        given().header("X-API-Key", "tahub_state_" + "0".repeat(64)).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
