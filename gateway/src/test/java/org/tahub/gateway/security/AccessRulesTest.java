package org.tahub.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tahub.identity.Role;

/** The gateway's rules are the services' declarations, read from their OpenAPI documents, and nothing else. */
class AccessRulesTest {

    private static JsonObject op(String... roles) {
        return new JsonObject().put("responses", new JsonObject().put("200", new JsonObject()))
                .put("security", new JsonArray().add(new JsonObject().put(AccessRules.SCHEME, new JsonArray(List.of(roles)))));
    }

    private static AccessRules rules() {
        AccessRules rules = new AccessRules(Map.of("assessments", List.of("assessments", "needs"),
                "matching", List.of("offers")));
        JsonObject document = new JsonObject().put("paths", new JsonObject()
                .put("/api/v1/assessments", new JsonObject().put("get", op("state", "provider", "analyst", "admin"))
                        .put("post", op("state", "admin")))
                .put("/api/v1/assessments/template", new JsonObject().put("get", op()))
                .put("/api/v1/assessments/{id}", new JsonObject().put("get", op("state", "provider", "analyst", "admin"))
                        .put("put", op("state", "admin")))
                .put("/api/v1/assessments/{id}/validate", new JsonObject().put("post", op("analyst", "admin")))
                .put("/api/v1/offers", new JsonObject().put("get", op())));
        assertThat(rules.apply("assessments", document)).isTrue();
        return rules;
    }

    @Test
    void eachOperationAdmitsTheRolesItsServiceDeclares() {
        AccessRules rules = rules();
        assertThat(rules.decide(Role.STATE, "POST", "/api/v1/assessments")).isEqualTo(AccessRules.Decision.ALLOWED);
        assertThat(rules.decide(Role.PROVIDER, "POST", "/api/v1/assessments")).isEqualTo(AccessRules.Decision.FORBIDDEN);
        assertThat(rules.decide(Role.STATE, "POST", "/api/v1/assessments/8d0f/validate"))
                .isEqualTo(AccessRules.Decision.FORBIDDEN);
        assertThat(rules.decide(Role.ANALYST, "POST", "/api/v1/assessments/8d0f/validate"))
                .isEqualTo(AccessRules.Decision.ALLOWED);
        assertThat(rules.decide(Role.CURATOR, "GET", "/api/v1/assessments/template"))
                .isEqualTo(AccessRules.Decision.ALLOWED);
        assertThat(rules.decide(Role.CURATOR, "HEAD", "/api/v1/assessments/8d0f"))
                .isEqualTo(AccessRules.Decision.FORBIDDEN);
    }

    @Test
    void unknownPathsAndMethodsAreTold() {
        AccessRules rules = rules();
        assertThat(rules.decide(Role.ADMIN, "DELETE", "/api/v1/assessments/8d0f")).isEqualTo(AccessRules.Decision.METHOD_NOT_ALLOWED);
        assertThat(rules.methodsOf("/api/v1/assessments/8d0f")).containsExactly("GET", "PUT");
        // The template is its own resource: it is not "an assessment with the id template".
        assertThat(rules.decide(Role.ADMIN, "PUT", "/api/v1/assessments/template")).isEqualTo(AccessRules.Decision.METHOD_NOT_ALLOWED);
        assertThat(rules.decide(Role.ADMIN, "GET", "/api/v1/assessments/8d0f/nothing")).isEqualTo(AccessRules.Decision.NOT_FOUND);
        assertThat(rules.decide(Role.ADMIN, "GET", "/api/v1/nothing")).isEqualTo(AccessRules.Decision.NOT_FOUND);
    }

    @Test
    void aServiceOnlyDeclaresTheResourcesRoutedToItAndOthersWaitForTheirOwn() {
        AccessRules rules = rules();
        // assessments-service's document cannot open matching's offers; needs are not known until declared.
        assertThat(rules.decide(Role.STATE, "GET", "/api/v1/offers")).isEqualTo(AccessRules.Decision.UNKNOWN);
        assertThat(rules.decide(Role.STATE, "GET", "/api/v1/needs")).isEqualTo(AccessRules.Decision.UNKNOWN);
    }
}
