package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.assessments.StateProfileV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;

/**
 * Matching reads the current version of assessment.submitted, with the language of each need: a statement is read in
 * the language the state said it wrote in. The deprecated first version, published after it, changes nothing; a
 * submission published in the first version only (before the second existed) is still matched.
 */
@QuarkusTest
class SubmissionVersionsTest {

    private static final StateProfileV1 BENIN = new StateProfileV1("BEN", "BJ", "Benin", "002", "011", List.of("fr"),
            "civil-law", List.of("UN", "AU", "OIC"));

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void aStatementIsReadInTheLanguageTheStateGaveAndKeepsItsTag() {
        String assessment = Submissions.submit(BENIN, "PROVIDERS", List.of(
                Submissions.statement(1, "Former les analystes de la cellule de renseignement financier", "fr-BJ")), List.of());
        JsonPath byNeed = byNeed(assessment);
        assertThat(byNeed.getString("[0].language")).as("the state's own tag").isEqualTo("fr-BJ");
        assertThat(byNeed.getString("[0].classification.language")).as("the language it was read in").isEqualTo("fr");
        assertThat(byNeed.getString("[0].areas[0]")).isEqualTo("V");
    }

    @Test
    void aTagWithAScriptIsKeptWhole() {
        // BCP 47 tags run to 35 characters (assessments accepts them so); the need kept only 8.
        String assessment = Submissions.submit(BENIN, "PROVIDERS", List.of(Submissions.statement(1,
                "Équiper les postes frontières terrestres pour détecter les faux documents de voyage",
                "fr-Latn-BJ-x-cotonou")), List.of());
        JsonPath byNeed = byNeed(assessment);
        assertThat(byNeed.getString("[0].language")).isEqualTo("fr-Latn-BJ-x-cotonou");
        assertThat(byNeed.getString("[0].classification.language")).isEqualTo("fr");
    }

    @Test
    void theWritersLanguageIsTheOneReadEvenWhereDetectionWouldSayAnother() {
        // POST /classify takes the same word: a French text said to be Spanish is read with Spanish words.
        String text = "Former les analystes de la cellule de renseignement financier";
        Callers.analyst().contentType("application/json").body(Map.of("text", text)).post("/api/v1/classify")
                .then().statusCode(200).body("language", org.hamcrest.Matchers.equalTo("fr"));
        Callers.analyst().contentType("application/json").body(Map.of("text", text, "language", "es-419"))
                .post("/api/v1/classify").then().statusCode(200)
                .body("language", org.hamcrest.Matchers.equalTo("es"), "needs[0].language", org.hamcrest.Matchers.equalTo("es"));
        Callers.analyst().contentType("application/json").body(Map.of("text", text, "language", "pt-BR"))
                .post("/api/v1/classify").then().statusCode(200)
                .body("language", org.hamcrest.Matchers.equalTo("fr"));
        Callers.analyst().contentType("application/json").body(Map.of("text", text, "language", "français"))
                .post("/api/v1/classify").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItem("body.language"));
    }

    @Test
    void theFirstVersionAfterTheSecondChangesNothingAndAloneIsStillMatched() {
        try (TopicReader matching = new TopicReader(KafkaTestResource.shared().bootstrapServers(), "tahub.matching.v1")) {
            String both = Submissions.submit(BENIN, "PROVIDERS",
                    List.of(Submissions.activity("V.4", "HIGH", "Les analystes ne sont pas formés.")), List.of());
            String firstOnly = Submissions.submitFirstVersionOnly(BENIN,
                    List.of(Submissions.activity("X.5", "LOW", "Contrôle des documents de voyage.")));
            assertThat(byNeed(firstOnly).getString("[0].needId")).isEqualTo("activity:X.5");
            // Same state, same partition, read in order: once the later submission is matched, the first version
            // of the earlier one has been read too, and it announced no second round.
            matching.await(r -> r.value().contains(firstOnly) && r.value().contains("tahub.matching.round.completed"),
                    Duration.ofSeconds(60));
            assertThat(matching.seen().stream().filter(r -> r.value().contains("tahub.matching.round.completed"))
                    .filter(r -> r.value().contains("\"assessmentId\":\"" + both + "\"")).count())
                    .as("rounds announced for the submission sent in both versions").isEqualTo(1);
        }
    }

    private static JsonPath byNeed(String assessment) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            var r = Callers.analyst().queryParam("assessment", assessment).get("/api/v1/matches/by-need");
            return r.statusCode() == 200 ? r.jsonPath() : null;
        }, j -> j != null && !j.getList("$").isEmpty());
    }
}
