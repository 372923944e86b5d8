package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The object-level rules: a state sees and changes only its own; a provider sees submitted assessments shared with
 * providers or public, never confidential ones or drafts; an analyst sees every submitted one. What a caller may not
 * see is a 404, so that its existence is not revealed.
 */
@QuarkusTest
class AssessmentVisibilityTest {

    @BeforeEach
    void checklist() {
        Checklist.ensurePublished();
    }

    @Test
    void aStateSeesAndChangesOnlyItsOwn() {
        String draft = Callers.state("URY").body(Map.of("period", 2026)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");

        AssessmentLifecycleTest.problem(Callers.state("PRY").get("/api/v1/assessments/" + draft).then(), 404);
        AssessmentLifecycleTest.problem(Callers.state("PRY").body(Map.of("visibility", "PUBLIC"))
                .put("/api/v1/assessments/" + draft).then(), 404);
        AssessmentLifecycleTest.problem(Callers.state("PRY").post("/api/v1/assessments/" + draft + "/submit").then(), 404);
        AssessmentLifecycleTest.problem(Callers.state("PRY").get("/api/v1/assessments/" + draft + "/needs").then(), 404);
        assertThat(Callers.state("PRY").queryParam("state", "URY").get("/api/v1/assessments").then().statusCode(200)
                .extract().jsonPath().getInt("total")).isZero();

        // A state cannot create (and so cannot submit) for another state.
        AssessmentLifecycleTest.problem(Callers.state("PRY").body(Map.of("state", "URY", "period", 2025))
                .post("/api/v1/assessments").then(), 403);
        AssessmentLifecycleTest.problem(Callers.provider("unodc-tpb").body(Map.of("state", "URY", "period", 2025))
                .post("/api/v1/assessments").then(), 403);
        Callers.state("URY").get("/api/v1/assessments").then().body("total", equalTo(1));
    }

    @Test
    void confidentialAssessmentsReachOnlyTheirStateAndAnalysts() {
        String confidential = submitted("CHE", "CONFIDENTIAL");
        String shared = submitted("AUT", "PROVIDERS");

        Callers.state("CHE").get("/api/v1/assessments/" + confidential).then().statusCode(200);
        Callers.analyst().get("/api/v1/assessments/" + confidential).then().statusCode(200);
        AssessmentLifecycleTest.problem(Callers.provider("unodc-tpb").get("/api/v1/assessments/" + confidential).then(), 404);
        AssessmentLifecycleTest.problem(Callers.provider("unodc-tpb").get("/api/v1/assessments/" + confidential + "/needs").then(), 404);
        // A curator keeps the catalogue and reads no assessment at all: the service itself refuses the role.
        AssessmentLifecycleTest.problem(Callers.curator().get("/api/v1/assessments/" + confidential).then(), 403);
        AssessmentLifecycleTest.problem(Callers.curator().get("/api/v1/assessments/" + shared).then(), 403);
        Callers.provider("unodc-tpb").get("/api/v1/assessments/" + shared).then().statusCode(200);

        // The needs list follows the same rules.
        assertThat(needStates(Callers.provider("unodc-tpb").queryParam("area", "V").queryParam("size", "200")))
                .contains("AUT").doesNotContain("CHE");
        assertThat(needStates(Callers.analyst().queryParam("area", "V").queryParam("size", "200")))
                .contains("AUT", "CHE");
        assertThat(needStates(Callers.state("AUT").queryParam("size", "200"))).containsOnly("AUT");

        // And so does progress: a provider learns nothing of a confidential assessment from it.
        Callers.provider("unodc-tpb").get("/api/v1/states/CHE/progress").then().statusCode(200)
                .body("assessments", org.hamcrest.Matchers.empty());
        Callers.analyst().get("/api/v1/states/CHE/progress").then().statusCode(200)
                .body("assessments.period", equalTo(List.of(2026)));
    }

    @Test
    void analystsDoNotSeeTheStatesDrafts() {
        String draft = Callers.state("SVN").body(Map.of("period", 2026, "visibility", "PUBLIC")).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        AssessmentLifecycleTest.problem(Callers.analyst().get("/api/v1/assessments/" + draft).then(), 404);
        AssessmentLifecycleTest.problem(Callers.provider("unodc-tpb").get("/api/v1/assessments/" + draft).then(), 404);
        Callers.admin().get("/api/v1/assessments/" + draft).then().statusCode(200);
    }

    private static String submitted(String state, String visibility) {
        String id = Callers.state(state).body(Map.of("period", 2026, "visibility", visibility, "answers", List.of(
                        Map.of("activity", "V.4", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true, "priority", "HIGH"))))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        Callers.state(state).post("/api/v1/assessments/" + id + "/submit").then().statusCode(200);
        return id;
    }

    private static List<String> needStates(io.restassured.specification.RequestSpecification request) {
        return request.get("/api/v1/needs").then().statusCode(200).extract().jsonPath().getList("items.state", String.class);
    }
}
