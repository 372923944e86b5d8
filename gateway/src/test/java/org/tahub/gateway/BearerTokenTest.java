package org.tahub.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tahub.identity.Caller;

/** People and systems with OAuth2 bearer JWTs from the configured identity provider. */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
@QuarkusTestResource(IdentityProvider.class)
class BearerTokenTest {

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    @Test
    void aValidTokenCarriesItsRoleAndBindingToTheServices() {
        String analyst = IdentityProvider.signed(IdentityProvider.token("alice").claim("tahub_role", "analyst"));
        given().header("Authorization", bearer(analyst)).get("/api/v1/areas").then().statusCode(200)
                .body("actor", equalTo("alice")).body("role", equalTo("analyst"));
        String state = IdentityProvider.signed(IdentityProvider.token("focal-point-ken")
                .groups("state").claim("tahub_state", "KEN"));
        given().header("Authorization", bearer(state)).get("/api/v1/areas").then().statusCode(200)
                .body("role", equalTo("state")).body("state", equalTo("KEN"));
    }

    @Test
    void theRoleOfATokenIsEnforcedLikeAKeys() {
        String analyst = IdentityProvider.signed(IdentityProvider.token("alice").claim("tahub_role", "analyst"));
        given().header("Authorization", bearer(analyst)).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/activities/V.4").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void expiredForeignOrIncompleteTokensAreRefused() {
        String expired = IdentityProvider.signed(IdentityProvider.token("bob").claim("tahub_role", "analyst")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)));
        String otherIssuer = io.smallrye.jwt.build.Jwt.issuer("https://elsewhere.test").subject("eve")
                .claim("tahub_role", "admin").expiresIn(300).sign(IdentityProvider.KEYS.getPrivate());
        String otherKey = IdentityProvider.token("mallory").claim("tahub_role", "admin")
                .sign(IdentityProvider.newKeys().getPrivate());
        String stateWithoutState = IdentityProvider.signed(IdentityProvider.token("x").claim("tahub_role", "state"));
        String noRole = IdentityProvider.signed(IdentityProvider.token("y"));
        String subjectTooLong = IdentityProvider.signed(IdentityProvider.token("z".repeat(Caller.MAX_SUBJECT + 1))
                .claim("tahub_role", "analyst"));
        for (String token : new String[] {expired, otherIssuer, otherKey, stateWithoutState, noRole, subjectTooLong,
                "not.a.jwt"}) {
            given().header("Authorization", bearer(token)).get("/api/v1/areas").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }
}
