package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/needs/counts}: the needs list's figures in one call, counted as the list would count them, under
 * the same rules, by state and by state and area.
 */
@QuarkusTest
class NeedCountsTest {

    @BeforeEach
    void checklist() {
        Checklist.ensurePublished();
    }

    @Test
    void theCountsAreTheNeedsListsAndFollowItsRules() {
        String shared = submitted("NOR", "PROVIDERS", List.of(
                Map.of("activity", "V.4", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true, "priority", "HIGH"),
                Map.of("activity", "X.1", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true, "priority", "HIGH"),
                Map.of("activity", "I.1", "status", "PARTIALLY_IMPLEMENTED", "assistanceNeeded", true,
                        "priority", "LOW"),
                Map.of("activity", "I.2", "status", "IMPLEMENTED", "assistanceNeeded", false)));
        submitted("FIN", "CONFIDENTIAL", List.of(
                Map.of("activity", "V.4", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true, "priority", "HIGH")));

        JsonPath norway = Callers.analyst().queryParam("state", "NOR").get("/api/v1/needs/counts").then()
                .statusCode(200).extract().jsonPath();
        long listed = Callers.analyst().queryParam("state", "NOR").queryParam("size", "1").get("/api/v1/needs").then()
                .statusCode(200).extract().jsonPath().getLong("total");
        assertThat(norway.getLong("total")).isEqualTo(listed).isEqualTo(3);
        assertThat(norway.getList("byState", Map.class)).containsExactlyInAnyOrder(
                Map.of("state", "NOR", "period", 2026, "priority", "HIGH", "assessmentStatus", "SUBMITTED", "needs", 2),
                Map.of("state", "NOR", "period", 2026, "priority", "LOW", "assessmentStatus", "SUBMITTED", "needs", 1));
        assertThat(norway.getList("byStateAndArea", Map.class)).containsExactlyInAnyOrder(
                Map.of("state", "NOR", "area", "I", "period", 2026, "priority", "LOW", "assessmentStatus", "SUBMITTED",
                        "needs", 1),
                Map.of("state", "NOR", "area", "V", "period", 2026, "priority", "HIGH", "assessmentStatus",
                        "SUBMITTED", "needs", 1),
                Map.of("state", "NOR", "area", "X", "period", 2026, "priority", "HIGH", "assessmentStatus",
                        "SUBMITTED", "needs", 1));
        assertThat(Callers.analyst().queryParam("state", "NOR").queryParam("priority", "HIGH")
                .get("/api/v1/needs/counts").then().statusCode(200).extract().jsonPath().getLong("total")).isEqualTo(2);

        // A provider counts no confidential need; a state counts its own only.
        List<String> providerStates = Callers.provider("unodc-tpb").get("/api/v1/needs/counts").then().statusCode(200)
                .extract().jsonPath().getList("byState.state");
        assertThat(providerStates).contains("NOR").doesNotContain("FIN");
        assertThat(Callers.state("FIN").get("/api/v1/needs/counts").then().statusCode(200).extract().jsonPath()
                .getList("byState.state", String.class)).containsOnly("FIN");
        assertThat(shared).isNotBlank();

        // The list's filters, and nothing else: paging has no meaning here.
        AssessmentLifecycleTest.problem(Callers.analyst().queryParam("size", "10").get("/api/v1/needs/counts").then(),
                400);
        AssessmentLifecycleTest.problem(Callers.analyst().queryParam("priority", "URGENT").get("/api/v1/needs/counts")
                .then(), 400);
        AssessmentLifecycleTest.problem(Callers.curator().get("/api/v1/needs/counts").then(), 403);
    }

    private static String submitted(String state, String visibility, List<Map<String, Object>> answers) {
        String id = Callers.state(state).body(Map.of("period", 2026, "visibility", visibility, "answers", answers))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        Callers.state(state).post("/api/v1/assessments/" + id + "/submit").then().statusCode(200);
        return id;
    }
}
