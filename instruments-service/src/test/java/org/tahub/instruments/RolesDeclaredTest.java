package org.tahub.instruments;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tahub.identity.CallerTokens;

/**
 * The catalogue enforces who may call what itself, whoever reaches it: curators and admins change it, every verified
 * caller reads it, and nobody without the gateway's identity does either. (The review found a signed state identity
 * reaching the activity update: this service checked no role at all.)
 */
@QuarkusTest
class RolesDeclaredTest {

    @Test
    void aStateProviderOrAnalystMayNotChangeTheCatalogue() {
        for (String role : new String[] {"state", "provider", "analyst"}) {
            given().header(CallerTokens.HEADER, Callers.as("someone", role)).contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"").body(Map.of("title", "A state may not reword the checklist"))
                    .put("/api/v1/activities/I.1").then().statusCode(403).contentType("application/problem+json");
            given().header(CallerTokens.HEADER, Callers.as("someone", role)).contentType(ContentType.JSON)
                    .body(Map.of("title", "x")).post("/api/v1/instruments").then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void everyVerifiedCallerReadsItAndNobodyElse() {
        for (String role : new String[] {"state", "provider", "analyst", "curator", "admin"}) {
            given().header(CallerTokens.HEADER, Callers.as("someone", role)).get("/api/v1/areas").then()
                    .statusCode(200);
        }
        given().header(CallerTokens.HEADER, "").get("/api/v1/areas").then().statusCode(401)
                .contentType("application/problem+json");
        given().header(CallerTokens.HEADER, "not-a-token").get("/api/v1/instruments").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
