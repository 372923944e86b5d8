package org.tahub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tahub.gateway.security.AccessDenial;

/** Who may do what through the gateway: keys per role, their lifecycle, and the limits every client meets. */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class GatewaySecurityTest {

    private static final String ADMIN = StubServices.ADMIN_KEY;

    static String issue(String role, String state, String provider) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "test " + role);
        body.put("role", role);
        body.put("state", state);
        body.put("provider", provider);
        return given().header("X-API-Key", ADMIN).contentType(ContentType.JSON).body(body)
                .post("/api/v1/admin/api-keys").then().statusCode(201)
                .body("key", notNullValue()).body("status", equalTo("active"))
                .extract().path("key");
    }

    @Test
    void aStateKeyCarriesItsStateToTheServicesAndNothingItDidNotEarn() {
        String kenya = issue("state", "KEN", null);
        String identity = given().header("X-API-Key", kenya).header("X-Tahub-State", "FRA")
                .header("X-Tahub-Role", "admin").header("X-Tahub-Identity", "forged")
                .get("/api/v1/areas").then().statusCode(200)
                .body("role", equalTo("state")).body("state", equalTo("KEN")).body("provider", nullValue())
                .extract().path("identity");
        org.tahub.identity.Caller caller = new org.tahub.identity.CallerTokens(
                "test-identity-secret-of-at-least-32-bytes", "instruments-service").verify(identity);
        assertThat(caller).isEqualTo(new org.tahub.identity.Caller("test state", "state", "KEN", null));
    }

    @Test
    void aRoleThatMayNotCallAnEndpointGets403AndTheDenialIsAudited() {
        String curator = issue("curator", null, null);
        String state = issue("state", "KEN", null);
        given().header("X-API-Key", curator).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/offers").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("curator"));
        given().header("X-API-Key", state).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/activities/V.4").then().statusCode(403);
        given().header("X-API-Key", state).get("/api/v1/admin/api-keys").then().statusCode(403);
        given().header("X-API-Key", curator).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/activities/V.4").then().statusCode(200);
        long audited = QuarkusTransaction.requiringNew().call(() -> AccessDenial.count(
                "status = 403 and role = 'curator' and path = '/api/v1/offers'"));
        assertThat(audited).isPositive();
    }

    @Test
    void aPathCannotSlipFromOneResourceToAnother() {
        String curator = issue("curator", null, null);
        for (String path : new String[] {"/api/v1/states/../assessments/x", "/api/v1/states/%2e%2e/assessments/x"}) {
            given().header("X-API-Key", curator).urlEncodingEnabled(false).get(path).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aRevokedOrUnknownKeyNoLongerWorks() {
        String provider = issue("provider", null, "unodc-tpb");
        given().header("X-API-Key", provider).get("/api/v1/offers").then().statusCode(200)
                .body("provider", equalTo("unodc-tpb"));
        String id = given().header("X-API-Key", ADMIN).get("/api/v1/admin/api-keys").then().statusCode(200)
                .extract().jsonPath().getString("find { it.provider == 'unodc-tpb' && it.status == 'active' }.id");
        given().header("X-API-Key", ADMIN).post("/api/v1/admin/api-keys/" + id + "/revoke").then().statusCode(200)
                .body("status", equalTo("revoked"));
        given().header("X-API-Key", provider).get("/api/v1/offers").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("X-API-Key", provider + "x").get("/api/v1/offers").then().statusCode(401);
        given().header("X-API-Key", ADMIN).get("/api/v1/admin/api-keys").then()
                .body("key", org.hamcrest.Matchers.everyItem(nullValue()));
    }

    @Test
    void keysAreIssuedOnlyWhenWhatTheyAreBoundToIsGiven() {
        given().header("X-API-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "no state", "role", "state"))
                .post("/api/v1/admin/api-keys").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("body.state"));
        given().header("X-API-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "emperor", "state", "kenya", "expiresAt", "2001-01-01T00:00:00Z"))
                .post("/api/v1/admin/api-keys").then().statusCode(422)
                .body("errors.field", hasItems("body.role", "body.state", "body.expiresAt"));
        // A key for ever, beyond what the database can store, is refused, not a 500.
        given().header("X-API-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "analyst", "expiresAt", "+999999999-12-31T23:59:59Z"))
                .post("/api/v1/admin/api-keys").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("body.expiresAt"));
    }

    @Test
    void tooLargeBodiesAndPagesAreRefusedAsProblems() {
        given().header("X-API-Key", ADMIN).contentType(ContentType.JSON)
                .body("{\"text\":\"" + "a".repeat(1_100_000) + "\"}")
                .post("/api/v1/classify").then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413));
        // A chunked body announces no length: it is counted as it streams, and cut past the limit.
        assertThat(chunkedPost("/api/v1/classify", 1_100_000)).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(r.body()).contains("body-too-large");
        });
        // A small chunked body still goes through.
        assertThat(chunkedPost("/api/v1/classify", 100).statusCode()).isLessThan(400);
        given().header("X-API-Key", ADMIN).queryParam("size", 5000).get("/api/v1/instruments").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("size"));
    }

    @Test
    void aClientThatSendsTooManyRequestsIsSlowedDownWithRetryAfter() {
        String analyst = issue("analyst", null, null);
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 700 && limited == 0; i++) {
            var response = given().header("X-API-Key", analyst).get("/api/v1/areas");
            if (response.statusCode() == 429) {
                limited++;
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(limited).as("a 429 within 700 requests (limit 600 per minute)").isEqualTo(1);
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        given().header("X-API-Key", ADMIN).get("/api/v1/areas").then().statusCode(200);
    }

    @Test
    void aClientPastItsLimitIsAuditedOnceAMinuteNotForEveryRefusal() {
        String name = "flooding analyst " + java.util.UUID.randomUUID();
        String analyst = given().header("X-API-Key", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", "analyst")).post("/api/v1/admin/api-keys").then().statusCode(201)
                .extract().path("key");
        int limited = 0;
        for (int i = 0; i < 700; i++) {
            if (given().header("X-API-Key", analyst).get("/api/v1/areas").statusCode() == 429) {
                limited++;
            }
        }
        assertThat(limited).as("429s past the limit of 600 a minute").isGreaterThanOrEqualTo(50);
        // Each refusal used to be a row; now the first of the minute is, and stays the only one.
        await().atMost(java.time.Duration.ofSeconds(15)).during(java.time.Duration.ofSeconds(2))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> AccessDenial.count(
                        "status = 429 and subject = ?1", name)), n -> n == 1);
    }

    /** POSTs a JSON body of about {@code size} bytes without Content-Length (HTTP/1.1 chunked transfer encoding). */
    private static java.net.http.HttpResponse<String> chunkedPost(String path, int size) {
        byte[] body = ("{\"text\":\"" + "a".repeat(size) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                        + io.restassured.RestAssured.port + path))
                .header("X-API-Key", ADMIN).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        var client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        try {
            return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
