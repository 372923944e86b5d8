package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.assessments.ActivityStatusV1;
import org.tahub.events.assessments.AssessmentSubmittedV2;
import org.tahub.events.assessments.NeedV2;
import org.tahub.events.assessments.StateProfileV1;
import org.tahub.matching.domain.Need;

/**
 * Timeliness (guideline 9): a need's clock runs from its submission; each stage it reaches (first proposal, agreed
 * engagement, completed delivery) is counted with the time it took, and a current need that has not reached a stage
 * waits for it. The 2004 requests are not counted. States of Polynesia (M49 061) only here, so the counts are ours.
 */
@QuarkusTest
class TimelinessTest {

    private static final StateProfileV1 TONGA = new StateProfileV1("TON", "TO", "Tonga", "009", "061", List.of("en"),
            "common-law", List.of("UN", "COMMONWEALTH"));
    private static final StateProfileV1 SAMOA = new StateProfileV1("WSM", "WS", "Samoa", "009", "061", List.of("en"),
            "common-law", List.of("UN", "COMMONWEALTH"));
    private static final long TEN_DAYS = Duration.ofDays(10).toSeconds();

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void eachStageANeedReachesIsTimedFromItsSubmissionAndTheNeedsStillWaitingAreCounted() {
        // Tonga submitted ten days ago; Samoa's 2004 request is history, not counted.
        NeedV2 need = Submissions.activity("V.4", "HIGH", "Training of the financial intelligence unit in the "
                + "analysis of suspicious transaction reports.");
        String assessment = Submissions.submit(new AssessmentSubmittedV2(UUID.randomUUID().toString(), "TON", 2026, 1,
                "PUBLIC", "self-assessment", OffsetDateTime.now(ZoneOffset.UTC).minusDays(10), List.of(), TONGA,
                List.of(need), List.of(), List.of(new ActivityStatusV1("V.4", need.implementation()))));
        String history = Submissions.submit(new AssessmentSubmittedV2(UUID.randomUUID().toString(), "WSM", 2004, 1,
                "PUBLIC", "ctc-synopsis-2004", OffsetDateTime.of(2004, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC), List.of(),
                SAMOA, List.of(Submissions.activity("V.4", null, "Assistance to set up a financial intelligence unit.")),
                List.of(), List.of()));
        JsonPath proposals = await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst()
                .queryParam("assessment", assessment).get("/api/v1/matches").then().extract().jsonPath(),
                j -> j.getInt("total") > 0);
        // The 2004 request is stored, not matched (history): stored in the transaction that would match it.
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                Need.count("key.assessmentId", UUID.fromString(history))) > 0);
        String match = proposals.getString("items[0].id");
        String provider = proposals.getString("items[0].providerId");

        JsonPath proposed = polynesia();
        assertThat(proposed.getLong("needs")).as("Tonga's need; not Samoa's 2004 request").isEqualTo(1);
        assertThat(proposed.getLong("overall.toFirstProposal.reached")).isEqualTo(1);
        assertThat(proposed.getLong("overall.toFirstProposal.medianSeconds")).isBetween(TEN_DAYS, TEN_DAYS + 600);
        assertThat(proposed.getLong("overall.toFirstProposal.waiting")).isZero();
        assertThat(proposed.getLong("overall.toAgreement.reached")).isZero();
        assertThat(proposed.getString("overall.toAgreement.medianSeconds")).isNull();
        assertThat(proposed.getLong("overall.toAgreement.waiting")).isEqualTo(1);
        assertThat(proposed.getLong("overall.toAgreement.oldestWaitingSeconds")).isGreaterThanOrEqualTo(TEN_DAYS);
        assertThat(proposed.getList("byArea.key", String.class)).containsExactly("V");
        assertThat(proposed.getList("byRegion.key", String.class)).containsExactly("009");
        assertThat(proposed.getLong("byProvider.find { it.key == '" + provider + "' }.toFirstProposal.reached"))
                .isEqualTo(1);

        Callers.provider(provider).post("/api/v1/matches/" + match + "/accept").then().statusCode(200);
        assertThat(polynesia().getLong("byProvider.find { it.key == '" + provider + "' }.toAgreement.waiting"))
                .as("accepted by the provider, waiting for the state").isEqualTo(1);
        Callers.state("TON").post("/api/v1/matches/" + match + "/agree").then().statusCode(200);
        JsonPath agreed = polynesia();
        assertThat(agreed.getLong("overall.toAgreement.reached")).isEqualTo(1);
        assertThat(agreed.getLong("overall.toAgreement.medianSeconds")).isGreaterThanOrEqualTo(TEN_DAYS);
        assertThat(agreed.getLong("overall.toAgreement.waiting")).isZero();
        assertThat(agreed.getLong("overall.toCompletion.waiting")).isEqualTo(1);
        assertThat(agreed.getLong("byProvider.find { it.key == '" + provider + "' }.toAgreement.reached")).isEqualTo(1);
        assertThat(agreed.getLong("byProvider.find { it.key == '" + provider + "' }.toCompletion.waiting"))
                .isEqualTo(1);

        String engagement = Callers.state("TON").queryParam("state", "TON").get("/api/v1/engagements").then()
                .statusCode(200).extract().path("[0].id");
        Callers.provider(provider).post("/api/v1/engagements/" + engagement + "/start").then().statusCode(200);
        Callers.provider(provider).body(Map.of("outcome", "Four analysts trained.")).post("/api/v1/engagements/"
                + engagement + "/complete").then().statusCode(200);
        JsonPath delivered = polynesia();
        assertThat(delivered.getLong("overall.toCompletion.reached")).isEqualTo(1);
        assertThat(delivered.getLong("overall.toCompletion.p90Seconds")).isGreaterThanOrEqualTo(TEN_DAYS);
        assertThat(delivered.getLong("overall.toCompletion.waiting")).isZero();
        assertThat(delivered.getString("overall.toCompletion.oldestWaitingSeconds")).isNull();

        // A provider sees its own row; the needs it may see are counted for it all the same.
        JsonPath own = Callers.provider(provider).queryParam("region", "061").get("/api/v1/timeliness").then()
                .statusCode(200).extract().jsonPath();
        assertThat(own.getList("byProvider.key", String.class)).containsExactly(provider);
        assertThat(own.getLong("needs")).isEqualTo(1);
        JsonPath other = Callers.provider("timeliness-test-other-provider").queryParam("region", "061")
                .get("/api/v1/timeliness").then().statusCode(200).extract().jsonPath();
        assertThat(other.getList("byProvider")).isEmpty();

        String csv = Callers.analyst().accept("text/csv").queryParam("region", "061").get("/api/v1/timeliness").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines().findFirst()).hasValue("dimension,key,stage,reached,median_seconds,p90_seconds,"
                + "max_seconds,waiting,oldest_waiting_seconds");
        assertThat(csv.lines()).anyMatch(l -> l.startsWith("all,all,completion,1,"))
                .anyMatch(l -> l.startsWith("area,V,first-proposal,1,"))
                .anyMatch(l -> l.startsWith("provider," + provider + ",agreement,1,"));
    }

    @Test
    void aFilterThatIsUnknownEmptyOrMalformedIsAProblemAndStatesDoNotReadTheReport() {
        Callers.analyst().queryParam("area", "XII").get("/api/v1/timeliness").then().statusCode(400)
                .contentType("application/problem+json");
        Callers.analyst().queryParam("region", "9").get("/api/v1/timeliness").then().statusCode(400)
                .contentType("application/problem+json");
        Callers.analyst().queryParam("provider", "unodc").get("/api/v1/timeliness").then().statusCode(400)
                .contentType("application/problem+json");
        Callers.analyst().queryParam("area", "").get("/api/v1/timeliness").then().statusCode(400)
                .contentType("application/problem+json");
        Callers.state("TON").get("/api/v1/timeliness").then().statusCode(403);
    }

    private static JsonPath polynesia() {
        return Callers.analyst().queryParam("region", "061").get("/api/v1/timeliness").then().statusCode(200)
                .extract().jsonPath();
    }
}
