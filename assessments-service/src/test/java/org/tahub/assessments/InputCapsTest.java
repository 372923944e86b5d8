package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every input is capped: each text field to a length suited to its meaning, each list to a number of entries (and
 * its entries may not be null); and a 422 problem lists at most 100 fields, saying how many more there were, so that
 * a body full of bad values cannot make the service write an error document many times its size.
 */
@QuarkusTest
class InputCapsTest {

    @BeforeEach
    void checklist() {
        Checklist.ensurePublished();
    }

    @Test
    void aStatementCannotCarrySixtyThousandTags() {
        List<String> tags = Collections.nCopies(60_000, "V");
        var problem = AssessmentLifecycleTest.problem(Callers.state("EST").body(Map.of("period", 2026,
                        "statements", List.of(Map.of("text", "Training of financial investigators", "areas", tags,
                                "activities", Collections.nCopies(60_000, "V.4")))))
                .post("/api/v1/assessments").then(), 422).extract().jsonPath();
        assertThat(errorFields(problem)).contains("body.statements[0].areas", "body.statements[0].activities");
        assertThat(problem.getString("errors.find { it.field == 'body.statements[0].areas' }.message"))
                .isEqualTo("has 60000 entries; at most 11");
        Callers.state("EST").get("/api/v1/assessments").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aBodyFullOfBadAnswersGetsABoundedErrorDocument() {
        // 15 KB of empty answers: each lacks its activity and its status.
        List<Map<String, Object>> answers = Collections.nCopies(5_000, Map.of());
        var response = Callers.state("EST").body(Map.of("period", 2026, "answers", answers))
                .post("/api/v1/assessments").then();
        var problem = AssessmentLifecycleTest.problem(response, 422).extract();
        JsonPath json = problem.jsonPath();
        assertThat(json.getList("errors")).hasSizeLessThanOrEqualTo(100).hasSizeGreaterThan(10);
        assertThat(json.getString("detail")).contains("the first 100 are listed").contains("more");
        assertThat(problem.asString().length()).isLessThan(20_000);
        assertThat(errorFields(json)).contains("body.answers", "body.answers[0].activity", "body.answers[0].status");
        assertThat(json.getString("errors.find { it.field == 'body.answers' }.message")).contains("at most 200");
    }

    @Test
    void everyTextAndListOfADraftIsCapped() {
        Map<String, Object> answer = new HashMap<>();
        answer.put("activity", "V." + "4".repeat(20));
        answer.put("status", "X".repeat(33));
        answer.put("narrative", "n".repeat(4001));
        answer.put("evidence", Collections.nCopies(11, "https://example.org/" + "e".repeat(2000)));
        Map<String, Object> ratification = Map.of("instrument", "i".repeat(121), "status", "PARTY",
                "signedOn", "+1000000-01-01");
        Map<String, Object> statement = Map.of("text", "t".repeat(2001), "priority", "P".repeat(33),
                "activities", Collections.nCopies(51, "V.4"));
        Map<String, Object> body = new HashMap<>();
        body.put("state", "KENYA");
        body.put("period", 2026);
        body.put("visibility", "V".repeat(33));
        body.put("answers", List.of(answer));
        body.put("ratifications", List.of(ratification));
        body.put("statements", List.of(statement));

        var problem = AssessmentLifecycleTest.problem(Callers.admin().body(body).post("/api/v1/assessments").then(), 422)
                .extract().jsonPath();
        assertThat(errorFields(problem)).contains("body.state", "body.visibility",
                "body.answers[0].activity", "body.answers[0].status", "body.answers[0].narrative",
                "body.answers[0].evidence", "body.answers[0].evidence[0]",
                "body.ratifications[0].instrument", "body.ratifications[0].signedOn",
                "body.statements[0].text", "body.statements[0].priority", "body.statements[0].activities");
        assertThat(problem.getString("errors.find { it.field == 'body.answers[0].narrative' }.message"))
                .isEqualTo("is 4001 characters long; at most 4000");
        // A value that is too long is not quoted back.
        assertThat(problem.prettify()).doesNotContain("X".repeat(33));
    }

    @Test
    void anAnswerOnItsOwnAndAnAnalystsCommentAreCapped() {
        String id = Callers.state("LVA").body(Map.of("period", 2026)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        var problem = AssessmentLifecycleTest.problem(Callers.state("LVA").body(Map.of("status", "IMPLEMENTED",
                        "narrative", "n".repeat(4001), "evidence", Arrays.asList("https://example.org/law", null)))
                .put("/api/v1/assessments/" + id + "/answers/V.4").then(), 422).extract().jsonPath();
        assertThat(errorFields(problem)).containsExactlyInAnyOrder("body.evidence[1]", "body.narrative");

        Callers.state("LVA").post("/api/v1/assessments/" + id + "/submit").then().statusCode(200);
        AssessmentLifecycleTest.problem(Callers.analyst().body(Map.of("comment", "c".repeat(4001)))
                        .post("/api/v1/assessments/" + id + "/validate").then(), 422)
                .body("errors[0].field", equalTo("body.comment"))
                .body("errors[0].message", containsString("at most 4000"));
        Callers.analyst().get("/api/v1/assessments/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void nullInsideAListIsAProblemNotAFailure() {
        Map<String, Object> answer = new HashMap<>();
        answer.put("activity", "V.4");
        answer.put("status", "IMPLEMENTED");
        answer.put("evidence", Arrays.asList((Object) null));
        Map<String, Object> statement = new HashMap<>();
        statement.put("text", "Training");
        statement.put("areas", Arrays.asList("V", null));
        statement.put("activities", Arrays.asList((Object) null));
        List<Object> answers = new ArrayList<>(Arrays.asList(answer, null));
        Map<String, Object> body = new HashMap<>();
        body.put("period", 2026);
        body.put("answers", answers);
        body.put("ratifications", Arrays.asList((Object) null));
        body.put("statements", Arrays.asList(statement, null));

        var problem = AssessmentLifecycleTest.problem(Callers.state("LTU").body(body).post("/api/v1/assessments").then(), 422)
                .extract().jsonPath();
        assertThat(errorFields(problem)).contains("body.answers[0].evidence[0]", "body.answers[1]",
                "body.ratifications[0]", "body.statements[0].areas[1]", "body.statements[0].activities[0]",
                "body.statements[1]");
        Callers.state("LTU").get("/api/v1/assessments").then().statusCode(200).body("total", equalTo(0));
    }

    private static List<String> errorFields(JsonPath problem) {
        return problem.getList("errors.field", String.class);
    }
}
