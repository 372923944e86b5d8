package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventSchemas;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;

/**
 * A state's focal point creates, fills and submits its assessment; an analyst returns it; the state revises and
 * resubmits; the analyst validates. Each step is checked through the API and on the real broker.
 */
@QuarkusTest
class AssessmentLifecycleTest {

    private static final String TOPIC = "tahub.assessments.v1";

    @BeforeEach
    void checklist() {
        Checklist.ensurePublished();
    }

    @Test
    void aStateCreatesFillsAndSubmitsItsAssessmentAndItsNeedsGoOutOnTheBroker() {
        String id = Callers.state("GHA").body(Map.of("period", 2026, "visibility", "PROVIDERS"))
                .post("/api/v1/assessments")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/assessments/"))
                .header("ETag", equalTo("\"0\""))
                .body("state", equalTo("GHA"), "status", equalTo("DRAFT"), "revision", equalTo(1))
                .extract().path("id");

        Callers.state("GHA").body(Map.of("status", "PARTIALLY_IMPLEMENTED", "basis", "DE_JURE",
                        "assistanceNeeded", true, "priority", "HIGH",
                        "narrative", "The Financial Intelligence Centre exists in law; its analysts need training.",
                        "evidence", List.of("https://fic.gov.gh/act-749")))
                .put("/api/v1/assessments/" + id + "/answers/V.4")
                .then().statusCode(200).body("answers.activity", hasItem("V.4"));

        Callers.state("GHA").body(Map.of(
                        "visibility", "PROVIDERS",
                        "answers", List.of(
                                Map.of("activity", "V.4", "status", "PARTIALLY_IMPLEMENTED", "basis", "DE_JURE",
                                        "assistanceNeeded", true, "priority", "HIGH",
                                        "narrative", "The Financial Intelligence Centre exists in law; its analysts need training."),
                                Map.of("activity", "I.1", "status", "IMPLEMENTED", "basis", "BOTH", "assistanceNeeded", false),
                                Map.of("activity", "VII.A.1", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true,
                                        "priority", "MEDIUM")),
                        "ratifications", List.of(Map.of("instrument", Checklist.FINANCING_CONVENTION, "status", "PARTY",
                                "signedOn", "2001-11-12", "consentOn", "2002-09-06")),
                        "statements", List.of(Map.of("text", "Equipment to produce machine readable passports",
                                "priority", "LOW"))))
                .header("If-Match", "\"1\"")
                .put("/api/v1/assessments/" + id)
                .then().statusCode(200).body("counts.activitiesAnswered", equalTo(3), "counts.assistanceNeeded", equalTo(2));

        try (TopicReader topic = new TopicReader(KafkaTestResource.shared().bootstrapServers(), TOPIC)) {
            Callers.state("GHA").post("/api/v1/assessments/" + id + "/submit")
                    .then().statusCode(200).body("status", equalTo("SUBMITTED"));

            ConsumerRecord<String, String> record = topic.await(r -> r.value().contains(id)
                    && r.value().contains("assessment.submitted.v2"), Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo("GHA");
            EventEnvelope event = EventCodec.read(record.value());
            assertThat(EventSchemas.violations(event)).isEmpty();
            JsonNode data = event.data();
            assertThat(data.get("visibility").asText()).isEqualTo("PROVIDERS");
            assertThat(data.get("stateProfile").get("regionCode").asText()).isEqualTo("002");
            assertThat(data.get("needs").findValuesAsText("id"))
                    .containsExactly("activity:V.4", "activity:VII.A.1", "statement:1");
            assertThat(data.get("ratifications").get(0).get("consentOn").asText()).isEqualTo("2002-09-06");
            // Ghana's 2004 requests were its position until now: they are superseded, and say so on the broker.
            assertThat(data.get("supersedes")).hasSize(1);
            topic.await(r -> r.value().contains("assessment.superseded")
                    && r.value().contains(data.get("supersedes").get(0).asText()), Duration.ofSeconds(30));
        }

        Callers.state("GHA").get("/api/v1/assessments/" + id + "/needs").then().statusCode(200)
                .body("id", equalTo(List.of("activity:V.4", "activity:VII.A.1", "statement:1")),
                        "[0].priority", equalTo("HIGH"), "[0].implementation", equalTo("PARTIALLY_IMPLEMENTED"));
        Callers.analyst().queryParam("state", "GHA").get("/api/v1/needs").then().statusCode(200)
                .body("total", equalTo(3), "items[0].id", equalTo("activity:V.4"), "items[0].stateName", equalTo("Ghana"));
        Callers.analyst().queryParam("state", "GHA").queryParam("area", "V").queryParam("priority", "HIGH")
                .get("/api/v1/needs").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void onlyDraftsChangeSubmittingTwiceIsHarmlessAndAReturnedVersionIsRevised() {
        String id = Callers.state("TTO").body(Map.of("period", 2025, "answers", List.of(
                        Map.of("activity", "V.5", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true, "priority", "HIGH"))))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");

        // Before submission: an analyst cannot decide on a draft it cannot even see.
        Callers.analyst().body(Map.of()).post("/api/v1/assessments/" + id + "/validate").then().statusCode(404);

        try (TopicReader topic = new TopicReader(KafkaTestResource.shared().bootstrapServers(), TOPIC)) {
            Callers.state("TTO").post("/api/v1/assessments/" + id + "/submit").then().statusCode(200);
            Callers.state("TTO").post("/api/v1/assessments/" + id + "/submit").then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"));

            problem(Callers.state("TTO").body(Map.of("visibility", "PUBLIC")).put("/api/v1/assessments/" + id).then(), 409)
                    .body("detail", containsString("SUBMITTED"));
            problem(Callers.state("TTO").body(Map.of("status", "IMPLEMENTED")).put("/api/v1/assessments/" + id + "/answers/V.5").then(), 409);
            problem(Callers.state("TTO").body(Map.of("comment", "fine")).post("/api/v1/assessments/" + id + "/validate").then(), 403);
            problem(Callers.analyst().body(Map.of()).post("/api/v1/assessments/" + id + "/return").then(), 422)
                    .body("errors[0].field", equalTo("body.comment"));
            problem(Callers.state("TTO").post("/api/v1/assessments/" + id + "/revisions").then(), 409);

            Callers.analyst().body(Map.of("comment", "V.5: say which authority would freeze the funds."))
                    .post("/api/v1/assessments/" + id + "/return").then().statusCode(200)
                    .body("status", equalTo("RETURNED"), "decidedBy", equalTo("ctc-analyst-1"));
            problem(Callers.analyst().body(Map.of()).post("/api/v1/assessments/" + id + "/validate").then(), 409);
            problem(Callers.state("TTO").post("/api/v1/assessments/" + id + "/submit").then(), 409)
                    .body("detail", containsString("/revisions"));

            String revision = Callers.state("TTO").post("/api/v1/assessments/" + id + "/revisions").then().statusCode(201)
                    .body("revision", equalTo(2), "status", equalTo("DRAFT"), "answers[0].activity", equalTo("V.5"))
                    .extract().path("id");
            problem(Callers.state("TTO").post("/api/v1/assessments/" + id + "/revisions").then(), 409);
            Callers.state("TTO").body(Map.of("activity", "V.5", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true,
                            "priority", "HIGH", "narrative", "The Financial Intelligence Unit would freeze them."))
                    .put("/api/v1/assessments/" + revision + "/answers/V.5").then().statusCode(200);
            Callers.state("TTO").post("/api/v1/assessments/" + revision + "/submit").then().statusCode(200);
            Callers.analyst().body(Map.of("comment", "Complete.")).post("/api/v1/assessments/" + revision + "/validate")
                    .then().statusCode(200).body("status", equalTo("VALIDATED"), "decisionComment", equalTo("Complete."));

            Callers.state("TTO").get("/api/v1/assessments/" + id).then().statusCode(200)
                    .body("status", equalTo("SUPERSEDED"), "supersededBy", equalTo(revision));
            Callers.state("TTO").queryParam("period", "2025").get("/api/v1/assessments").then().statusCode(200)
                    .body("total", equalTo(2), "items.revision", equalTo(List.of(2, 1)));

            // The validation is the last event of the state's: everything before it is on the topic by then.
            topic.await(r -> r.value().contains(revision) && r.value().contains("assessment.validated"), Duration.ofSeconds(30));
            List<String> types = topic.seen().stream().filter(r -> "TTO".equals(r.key()))
                    .map(r -> EventCodec.read(r.value()).type().replace("tahub.assessments.assessment.", "")).toList();
            // Each submission in the current version, then in the deprecated first version (until its sunset).
            assertThat(types).containsExactly("submitted.v2", "submitted", "returned", "submitted.v2", "submitted",
                    "superseded", "validated");
        }
    }

    @Test
    void aLaterPeriodSupersedesTheEarlierAndProgressShowsWhatChanged() {
        String first = Callers.state("NAM").body(Map.of("period", 2024, "answers", List.of(
                        answer("V.1", "NOT_IMPLEMENTED"), answer("V.4", "PARTIALLY_IMPLEMENTED"),
                        answer("I.1", "IMPLEMENTED"), answer("X.1", "IMPLEMENTED"), answer("I.2", "NOT_APPLICABLE"))))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        Callers.state("NAM").post("/api/v1/assessments/" + first + "/submit").then().statusCode(200);

        String second = Callers.state("NAM").body(Map.of("period", 2026, "answers", List.of(
                        answer("V.1", "PARTIALLY_IMPLEMENTED"), answer("V.4", "IMPLEMENTED"),
                        answer("I.1", "IMPLEMENTED"), answer("X.1", "PARTIALLY_IMPLEMENTED"),
                        answer("VII.A.1", "NOT_IMPLEMENTED"))))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        Callers.state("NAM").post("/api/v1/assessments/" + second + "/submit").then().statusCode(200);
        Callers.state("NAM").get("/api/v1/assessments/" + first).then().body("status", equalTo("SUPERSEDED"));

        // An earlier period cannot take the place of a later one.
        String late = Callers.state("NAM").body(Map.of("period", 2025)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        problem(Callers.state("NAM").post("/api/v1/assessments/" + late + "/submit").then(), 409)
                .body("type", containsString("later-assessment-exists"));

        var progress = Callers.state("NAM").get("/api/v1/states/NAM/progress").then().statusCode(200)
                .body("assessments.period", equalTo(List.of(2024, 2026)))
                .body("comparisons", org.hamcrest.Matchers.hasSize(1))
                .extract().jsonPath();
        assertThat(progress.getList("comparisons[0].improved.activity")).containsExactly("V.1", "V.4");
        assertThat(progress.getList("comparisons[0].worsened.activity")).containsExactly("X.1");
        assertThat(progress.getList("comparisons[0].unchanged")).containsExactly("I.1");
        assertThat(progress.getList("comparisons[0].newlyAssessed")).containsExactly("VII.A.1");
        assertThat(progress.getList("comparisons[0].noLongerAssessed")).containsExactly("I.2");
        assertThat(progress.getList("areas.find { it.code == 'V' }.shares.shareImplemented", Double.class))
                .containsExactly(0.0, 0.5);
        assertThat(progress.getInt("areas.find { it.code == 'I' }.shares[0].applicable")).isEqualTo(1);
    }

    private static Map<String, Object> answer(String activity, String status) {
        return Map.of("activity", activity, "status", status, "assistanceNeeded", false);
    }

    static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }
}
