package org.tahub.assessments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.assessments.domain.CatalogueInstrument;

/**
 * Every kind of invalid content is refused with a 422 problem that lists each offending field, and nothing is saved;
 * fields that are the service's are refused; the state of a draft cannot be moved.
 */
@QuarkusTest
class AssessmentValidationTest {

    @BeforeEach
    void checklist() {
        Checklist.ensurePublished();
    }

    @Test
    void everyOffendingFieldIsListedAndNothingIsSaved() {
        Map<String, Object> body = new HashMap<>();
        body.put("period", Year.now().getValue() + 1);
        body.put("visibility", "SECRET");
        body.put("answers", List.of(
                Map.of("activity", "V.99", "status", "IMPLEMENTED"),
                Map.of("activity", "V.4", "status", "DONE", "assistanceNeeded", true),
                Map.of("activity", "I.1", "status", "IMPLEMENTED", "narrative", "x".repeat(4001),
                        "evidence", List.of("ftp://example.org/law", "not a link")),
                Map.of("activity", "I.1", "status", "IMPLEMENTED", "priority", "HIGH")));
        body.put("ratifications", List.of(
                Map.of("instrument", "no-such-convention-2099", "status", "PARTY"),
                Map.of("instrument", Checklist.FINANCING_CONVENTION, "status", "NOT_PARTY", "consentOn", "2002-13-01")));
        body.put("statements", List.of(Map.of("text", "y".repeat(2001), "areas", List.of("XII")), Map.of("text", " ")));

        var errors = AssessmentLifecycleTest.problem(Callers.state("NZL").body(body).post("/api/v1/assessments").then(), 422)
                .body("type", containsString("validation-failed"))
                .extract().jsonPath().getList("errors.field", String.class);
        assertThat(errors).contains(
                "body.period", "body.visibility",
                "body.answers[0].activity", "body.answers[1].status", "body.answers[1].priority",
                "body.answers[2].narrative", "body.answers[2].evidence[0]", "body.answers[2].evidence[1]",
                "body.answers[3].priority",
                "body.ratifications[0].instrument", "body.ratifications[1].consentOn",
                "body.statements[0].text", "body.statements[0].areas[0]", "body.statements[1].text");

        Callers.state("NZL").get("/api/v1/assessments").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aDeclarationIsInTheCatalogueButNeverRatifiable() {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> CatalogueInstrument.findById(Checklist.DECLARATION_1994) != null));
        List<String> offered = given().get("/api/v1/assessments/template").then().statusCode(200).extract().jsonPath()
                .getList("instruments.slug");
        assertThat(offered).contains(Checklist.FINANCING_CONVENTION).doesNotContain(Checklist.DECLARATION_1994);

        Map<String, Object> body = Map.of("period", Year.now().getValue(), "ratifications",
                List.of(Map.of("instrument", Checklist.DECLARATION_1994, "status", "PARTY")));
        var errors = AssessmentLifecycleTest.problem(Callers.state("NZL").body(body).post("/api/v1/assessments").then(), 422)
                .extract().jsonPath().getList("errors.field", String.class);
        assertThat(errors).contains("body.ratifications[0].instrument");
    }

    @Test
    void aStateNotInTheRegistryAndAPeriodBefore1373AreRefused() {
        var errors = AssessmentLifecycleTest.problem(Callers.admin().body(Map.of("state", "XYZ", "period", 1999))
                .post("/api/v1/assessments").then(), 422).extract().jsonPath();
        assertThat(errors.getList("errors.field", String.class)).containsExactlyInAnyOrder("body.state", "body.period");
        assertThat(errors.getString("errors.find { it.field == 'body.state' }.message")).contains("not a state of the registry");
    }

    @Test
    void fieldsThatAreTheServicesAreRefusedNotSilentlyTaken() {
        AssessmentLifecycleTest.problem(Callers.state("NZL").body(Map.of("period", 2026, "status", "VALIDATED"))
                        .post("/api/v1/assessments").then(), 400)
                .body("errors[0].field", equalTo("body.status"));
        AssessmentLifecycleTest.problem(Callers.state("NZL").body(Map.of("period", 2026, "createdBy", "someone-else"))
                .post("/api/v1/assessments").then(), 400);
        Callers.state("NZL").get("/api/v1/assessments").then().body("total", equalTo(0));
    }

    @Test
    void aDraftKeepsItsStateAndPeriodAndAStaleETagIsRefused() {
        String id = Callers.state("ISL").body(Map.of("period", 2026)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        var errors = AssessmentLifecycleTest.problem(Callers.state("ISL").body(Map.of("state", "NOR", "period", 2025))
                .put("/api/v1/assessments/" + id).then(), 422).extract().jsonPath().getList("errors.field", String.class);
        assertThat(errors).containsExactlyInAnyOrder("body.state", "body.period");

        Callers.state("ISL").body(Map.of("visibility", "PUBLIC")).put("/api/v1/assessments/" + id).then().statusCode(200);
        AssessmentLifecycleTest.problem(Callers.state("ISL").header("If-Match", "\"0\"").body(Map.of("visibility", "CONFIDENTIAL"))
                .put("/api/v1/assessments/" + id).then(), 412);
        Callers.state("ISL").get("/api/v1/assessments/" + id).then().body("visibility", equalTo("PUBLIC"));

        AssessmentLifecycleTest.problem(Callers.state("ISL").body(Map.of("period", 2026)).post("/api/v1/assessments").then(), 409)
                .body("detail", containsString(id));
    }

    @Test
    void badFiltersAreNamed() {
        AssessmentLifecycleTest.problem(Callers.analyst().queryParam("stat", "KEN").get("/api/v1/assessments").then(), 400)
                .body("errors[0].field", equalTo("query.stat"));
        AssessmentLifecycleTest.problem(Callers.analyst().queryParam("priority", "URGENT").get("/api/v1/needs").then(), 400)
                .body("errors[0].field", equalTo("query.priority"));
        AssessmentLifecycleTest.problem(Callers.analyst().queryParam("size", "500").get("/api/v1/needs").then(), 400);
        AssessmentLifecycleTest.problem(Callers.analyst().get("/api/v1/assessments/not-a-uuid").then(), 404);
    }
}
