package org.tahub.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The front door as an outside review tried it: the gateway's own pages open to all and its admin API closed to all
 * but admins whatever the path's shape; paths in canonical form only; limits answered as problems; a breaker that
 * neither counts a client's errors nor a stale pooled connection, and that closes one route class, not the API.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class FrontDoorTest {

    private static final String ADMIN = StubServices.ADMIN_KEY;

    @Test
    void theApiDocumentationOpensWithoutAKeyAndIgnoresIdentityHeaders() {
        given().get("/api/v1/openapi").then().statusCode(200).body("paths", hasKey("/api/v1/areas"))
                .body("paths", hasKey("/api/v1/admin/api-keys"))
                .body("paths.'/api/v1/areas'.get.responses", hasKey("429"))
                .body("components.securitySchemes", hasKey("bearer"));
        given().header("X-Tahub-Identity", "forged").get("/api/v1/openapi").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void theAdminApiAnswersAdminsOnlyWhateverTheRouteShape() throws Exception {
        given().get("/api/v1/admin/api-keys").then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/admin/dead-letters").then().statusCode(401).contentType("application/problem+json");
        String curator = GatewaySecurityTest.issue("curator", null, null);
        given().header("X-API-Key", curator).get("/api/v1/admin/api-keys").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("curator"));
        given().header("X-API-Key", curator).contentType("application/json").body("{\"name\":\"x\",\"role\":\"admin\"}")
                .post("/api/v1/admin/api-keys").then().statusCode(403);
        for (String path : new String[] {"/api;x/v1/admin/api-keys", "/api/v1;x/admin/api-keys",
                "/api/v1/admin;x/api-keys", "//api/v1/admin/api-keys", "/api/v1//admin/api-keys"}) {
            assertThat(raw("POST", path, "", "{\"name\":\"intruder\",\"role\":\"admin\"}"))
                    .as(path).startsWith("HTTP/1.1 400").contains("application/problem+json");
        }
        given().header("X-API-Key", ADMIN).get("/api/v1/admin/api-keys").then().statusCode(200);
    }

    @Test
    void pathsNotInCanonicalFormAreRefusedBeforeRouting() throws Exception {
        for (String path : new String[] {"/api/v1/areas;jsessionid=1", "/api/v1/areas/", "/api/v1//areas",
                "/api/v1/areas/%2e%2e/admin"}) {
            assertThat(raw("GET", path, "X-API-Key: " + ADMIN + "\r\n", null)).as(path).startsWith("HTTP/1.1 400")
                    .contains("non-canonical-path");
        }
    }

    @Test
    void anOverlongTargetOrHeaderIsAProblemNotABareStatus() {
        given().header("X-API-Key", ADMIN).queryParam("q", "a".repeat(9000)).get("/api/v1/instruments").then()
                .statusCode(414).contentType("application/problem+json").body("status", equalTo(414));
        // Longer than a service's own limit (4,096), shorter than nothing the gateway refuses: still the problem.
        given().header("X-API-Key", ADMIN).queryParam("q", "a".repeat(4500)).get("/api/v1/instruments").then()
                .statusCode(414).contentType("application/problem+json");
        given().header("X-API-Key", ADMIN).header("X-Padding", "p".repeat(20_000)).get("/api/v1/areas").then()
                .statusCode(431).contentType("application/problem+json").body("status", equalTo(431));
    }

    @Test
    void aBodySentInAnyTransferCodingIsCountedAgainstTheLimit() throws Exception {
        String answer = rawPost("/api/v1/classify", "gzip, chunked", 1_100_000);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json");
    }

    @Test
    void aClientsOwnErrorsNeverOpenTheBreaker() {
        for (int i = 0; i < 60; i++) {
            given().header("X-API-Key", ADMIN).get("/api/v1/tools/missing").then().statusCode(404);
        }
        given().header("X-API-Key", ADMIN).get("/api/v1/tools/V.4").then().statusCode(200);
    }

    @Test
    void aFailingResourceIsLeftAloneWithoutClosingTheOthers() {
        boolean open = false;
        for (int i = 0; i < 60 && !open; i++) {
            var response = given().header("X-API-Key", ADMIN).get("/api/v1/engagements/fail");
            assertThat(response.statusCode()).isIn(500, 503);
            open = response.statusCode() == 503 && response.jsonPath().getString("detail").contains("circuit open");
        }
        assertThat(open).as("the engagements read breaker opened").isTrue();
        given().header("X-API-Key", ADMIN).get("/api/v1/offers").then().statusCode(200);
        given().header("X-API-Key", ADMIN).contentType("application/json").body("{}").post("/api/v1/engagements")
                .then().statusCode(200);
    }

    @Test
    void aPooledConnectionTheServiceClosedIsRetriedOnceForReadsAndNotCounted() {
        for (int i = 0; i < 30; i++) {
            given().header("X-API-Key", ADMIN).get("/api/v1/tools/flaky").then().statusCode(200);
        }
        given().header("X-API-Key", ADMIN).get("/api/v1/tools").then().statusCode(200);
    }

    @Test
    void aMethodThatNoRoleMayUseIsA405() {
        given().header("X-API-Key", ADMIN).contentType("application/json").body("{}").post("/api/v1/areas").then()
                .statusCode(405).contentType("application/problem+json");
    }

    @Test
    void metricsAreForAdministratorsOnlyAndLabelNoObjectId() {
        given().get("/q/metrics").then().statusCode(401);
        given().header("X-API-Key", ADMIN).get("/api/v1/tools/object-id-4711").then().statusCode(200);
        String metrics = given().header("X-API-Key", ADMIN).get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("tahub_gateway_forwarded_seconds_count{service=\"instruments\",status=\"2xx\"")
                .doesNotContain("object-id-4711");
    }

    /** A request written by hand, sent as it is (HTTP clients tidy paths up); the answer's head and body. */
    private static String raw(String method, String path, String headers, String body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                    + "Content-Type: application/json\r\nContent-Length: " + content.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(content);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A POST written by hand, so that its Transfer-Encoding is exactly what an attacker would send. */
    private static String rawPost(String path, String transferEncoding, int size) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + ADMIN + "\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: " + transferEncoding + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException closedByTheGateway) {
                // The gateway answers and closes once the limit is passed; the answer is still there to read.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.US_ASCII).contains("}")) {
                        break;
                    }
                }
            } catch (java.io.IOException reset) {
                // a reset after the answer
            }
            return answer.toString(StandardCharsets.US_ASCII);
        }
    }
}
