package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a state writes keeps its language: the BCP 47 tag it gives (in canonical form), or, when it gives none, the
 * UN language the text reads as, marked as detected; in the assessment and in its needs. A tag that is not BCP 47 is
 * refused with the field named, and nothing is saved.
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
        Callers.state("BFA").post("/api/v1/assessments/" + id + "/submit").then().statusCode(200);
        JsonPath needs = Callers.analyst().queryParam("state", "BFA").get("/api/v1/needs").then().statusCode(200)
                .extract().jsonPath();
        assertThat(needs.getString("items.find { it.id == 'statement:1' }.language")).isEqualTo("fr-SN");
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
