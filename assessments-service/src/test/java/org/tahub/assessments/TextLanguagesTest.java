package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventSchemas;
import org.tahub.events.assessments.AssessmentSubmittedV2;
import org.tahub.events.assessments.NeedV2;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;

/**
 * What a state writes keeps its language: the BCP 47 tag it gives (in canonical form), or, when it gives none, the
 * UN language the text reads as, marked as detected; in the assessment and in its needs. A tag that is not BCP 47 is
 * refused with the field named, and nothing is saved. The current version of {@code assessment.submitted} carries
 * them to consumers.
 */
@QuarkusTest
class TextLanguagesTest {

    @BeforeEach
    void checklist() {
        Checklist.ensurePublished();
    }

    @Test
    void statementsAndNarrativesKeepTheLanguageGivenOrDetected() {
        JsonPath draft = Callers.state("BFA").body(Map.of("period", 2024,
                        "answers", List.of(Map.of("activity", "V.4", "status", "PARTIALLY_IMPLEMENTED",
                                "assistanceNeeded", true, "priority", "HIGH",
                                "narrative", "La cellule existe en droit, mais ses analystes ne sont pas encore formés.")),
                        "statements", List.of(
                                Map.of("text", "Formation des magistrats à l'entraide judiciaire", "language", "FR-sn"),
                                Map.of("text", "Нам нужна помощь в подготовке судей по делам о терроризме."))))
                .post("/api/v1/assessments").then().statusCode(201).extract().jsonPath();
        assertThat(draft.getString("statements[0].language")).isEqualTo("fr-SN");
        assertThat(draft.getBoolean("statements[0].languageDetected")).isFalse();
        assertThat(draft.getString("statements[1].language")).isEqualTo("ru");
        assertThat(draft.getBoolean("statements[1].languageDetected")).isTrue();
        assertThat(draft.getString("answers[0].narrativeLanguage")).isEqualTo("fr");
        assertThat(draft.getBoolean("answers[0].narrativeLanguageDetected")).isTrue();

        String id = draft.getString("id");
        try (TopicReader topic = new TopicReader(KafkaTestResource.shared().bootstrapServers(), "tahub.assessments.v1")) {
            Callers.state("BFA").post("/api/v1/assessments/" + id + "/submit").then().statusCode(200);
            // The current version of the event carries each need's language; the deprecated first one, after it, not.
            EventEnvelope v2 = EventCodec.read(topic.await(r -> r.value().contains(id)
                    && r.value().contains("assessment.submitted.v2"), Duration.ofSeconds(30)).value());
            assertThat(EventSchemas.violations(v2)).isEmpty();
            AssessmentSubmittedV2 payload = EventCodec.data(v2, AssessmentSubmittedV2.class);
            assertThat(payload.needs()).extracting(NeedV2::id, NeedV2::language, NeedV2::languageDetected)
                    .containsExactly(tuple("activity:V.4", "fr", true), tuple("statement:1", "fr-SN", false),
                            tuple("statement:2", "ru", true));
            EventEnvelope v1 = EventCodec.read(topic.await(r -> r.value().contains(id)
                    && r.value().contains("\"tahub.assessments.assessment.submitted\""), Duration.ofSeconds(30)).value());
            assertThat(EventSchemas.violations(v1)).isEmpty();
            assertThat(v1.data().get("needs").get(0).has("language")).isFalse();
            assertThat(topic.seen().stream().filter(r -> r.value().contains(id)).map(r -> EventCodec.read(r.value()).type()))
                    .containsExactly("tahub.assessments.assessment.submitted.v2", "tahub.assessments.assessment.submitted");
        }
        JsonPath needs = Callers.analyst().queryParam("state", "BFA").get("/api/v1/needs").then().statusCode(200)
                .extract().jsonPath();
        assertThat(needs.getString("items.find { it.id == 'statement:1' }.language")).isEqualTo("fr-SN");
        assertThat(needs.getBoolean("items.find { it.id == 'statement:1' }.languageDetected")).isFalse();
        assertThat(needs.getString("items.find { it.id == 'statement:2' }.language")).isEqualTo("ru");
        assertThat(needs.getString("items.find { it.id == 'activity:V.4' }.language")).isEqualTo("fr");
    }

    @Test
    void aTagThatIsNotBcp47IsRefusedAndNothingIsSaved() {
        AssessmentLifecycleTest.problem(Callers.state("MLI").body(Map.of("period", 2024,
                        "statements", List.of(Map.of("text", "Formation des juges", "language", "français")),
                        "answers", List.of(Map.of("activity", "I.1", "status", "IMPLEMENTED", "narrative", "Oui",
                                "narrativeLanguage", "fr_FR"))))
                        .post("/api/v1/assessments").then(), 422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("body.statements[0].language",
                        "body.answers[0].narrativeLanguage"));
        Callers.state("MLI").get("/api/v1/assessments").then().statusCode(200).body("total", equalTo(0));
    }
}
