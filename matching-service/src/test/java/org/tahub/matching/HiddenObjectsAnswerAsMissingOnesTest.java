package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.assessments.StateProfileV1;

/**
 * What a caller may not see answers exactly as what does not exist (same status, title, type and detail, the id
 * aside), so that no answer tells an attacker which ids exist: proposals, an assessment's needs, engagements.
 */
@QuarkusTest
class HiddenObjectsAnswerAsMissingOnesTest {

    private static final StateProfileV1 MALI = new StateProfileV1("MLI", "ML", "Mali", "002", "202", List.of("fr"),
            "civil-law", List.of("UN", "AU", "OIC"));

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void aHiddenProposalAssessmentOrEngagementAnswersAsAMissingOne() {
        String assessment = Submissions.submit(MALI, "CONFIDENTIAL",
                List.of(Submissions.activity("V.4", "HIGH", "The financial intelligence unit has no analysts.")), List.of());
        JsonPath page = await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst()
                .queryParam("assessment", assessment).get("/api/v1/matches").then().extract().jsonPath(),
                j -> j.getList("items") != null && !j.getList("items").isEmpty());
        String match = page.getString("items[0].id");
        String provider = page.getString("items[0].providerId");
        String missing = UUID.randomUUID().toString();

        // Its own provider may not see a proposal for a confidential assessment; another state none of Mali's.
        sameAsMissing(Callers.provider(provider).get("/api/v1/matches/" + match), match,
                Callers.provider(provider).get("/api/v1/matches/" + missing), missing);
        sameAsMissing(Callers.state("UGA").get("/api/v1/matches/" + match), match,
                Callers.state("UGA").get("/api/v1/matches/" + missing), missing);
        sameAsMissing(Callers.provider(provider).post("/api/v1/matches/" + match + "/accept"), match,
                Callers.provider(provider).post("/api/v1/matches/" + missing + "/accept"), missing);
        sameAsMissing(Callers.state("UGA").post("/api/v1/matches/" + match + "/agree"), match,
                Callers.state("UGA").post("/api/v1/matches/" + missing + "/agree"), missing);
        // An id that is no UUID cannot exist: it answers as a missing one too.
        sameAsMissing(Callers.provider(provider).get("/api/v1/matches/" + match), match,
                Callers.provider(provider).get("/api/v1/matches/nope"), "nope");

        // The confidential assessment's needs, for a provider and another state: as an assessment never heard of.
        sameAsMissing(Callers.provider(provider).queryParam("assessment", assessment).get("/api/v1/matches/by-need"), assessment,
                Callers.provider(provider).queryParam("assessment", missing).get("/api/v1/matches/by-need"), missing);
        sameAsMissing(Callers.state("UGA").queryParam("assessment", assessment).get("/api/v1/matches/by-need"), assessment,
                Callers.state("UGA").queryParam("assessment", missing).get("/api/v1/matches/by-need"), missing);

        // An engagement of Mali's, for another state and another provider.
        Callers.admin().post("/api/v1/matches/" + match + "/accept").then().statusCode(200);
        Callers.state("MLI").post("/api/v1/matches/" + match + "/agree").then().statusCode(200);
        String engagement = Callers.state("MLI").queryParam("state", "MLI").get("/api/v1/engagements").then().statusCode(200)
                .extract().path("find { it.matchId == '" + match + "' }.id");
        sameAsMissing(Callers.state("UGA").get("/api/v1/engagements/" + engagement), engagement,
                Callers.state("UGA").get("/api/v1/engagements/" + missing), missing);
        sameAsMissing(Callers.provider("someone-else").post("/api/v1/engagements/" + engagement + "/start"), engagement,
                Callers.provider("someone-else").post("/api/v1/engagements/" + missing + "/start"), missing);
        sameAsMissing(Callers.provider("someone-else").get("/api/v1/engagements/" + engagement), engagement,
                Callers.provider("someone-else").get("/api/v1/engagements/not-an-id"), "not-an-id");
    }

    /** The same answer, byte for byte, once the id asked for is put in place of the other. */
    private static void sameAsMissing(Response hidden, String hiddenId, Response missing, String missingId) {
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(hidden.contentType()).isEqualTo(missing.contentType()).startsWith("application/problem+json");
        assertThat(hidden.asString().replace(hiddenId, missingId)).isEqualTo(missing.asString());
    }
}
