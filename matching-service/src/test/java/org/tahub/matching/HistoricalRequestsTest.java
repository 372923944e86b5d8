package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.assessments.AssessmentSubmittedV2;
import org.tahub.events.assessments.StateProfileV1;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.domain.Need;
import org.tahub.matching.service.HistoricalRequests;

/**
 * The 2004 requests are history: kept, but neither matched nor counted among the current needs (gaps, coordination),
 * until a state restates them. A database from before that rule is brought in line: what was only proposed for them
 * is withdrawn. States of Micronesia (M49 057) only here, so the counts are ours.
 */
@QuarkusTest
class HistoricalRequestsTest {

    private static final StateProfileV1 NAURU = new StateProfileV1("NRU", "NR", "Nauru", "009", "057", List.of("en"),
            "common-law", List.of("UN", "COMMONWEALTH"));
    private static final StateProfileV1 PALAU = new StateProfileV1("PLW", "PW", "Palau", "009", "057", List.of("en"),
            "common-law", List.of("UN"));

    @Inject
    HistoricalRequests history;

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void aRequestOf2004IsKeptButNeitherMatchedNorCountedAmongTheCurrentNeeds() {
        String assessment = Submissions.submit(new AssessmentSubmittedV2(UUID.randomUUID().toString(), "NRU", 2004, 1,
                "PUBLIC", Need.SYNOPSIS_2004, OffsetDateTime.of(2004, 2, 18, 0, 0, 0, 0, ZoneOffset.UTC), List.of(),
                NAURU, List.of(Submissions.activity("V.4", null, "Assistance to set up a financial intelligence unit.")),
                List.of(), List.of()));
        // Stored in the transaction that would have matched it: once there, no round is coming.
        await().atMost(Duration.ofSeconds(60)).until(() -> needs(assessment, false) == 1);

        assertThat(needs(assessment, true)).as("current needs of the 2004 assessment").isZero();
        assertThat(proposals(assessment, null)).as("proposals for a 2004 request").isZero();
        assertThat(Callers.analyst().queryParam("region", "057").queryParam("gap", "no-proposal")
                .get("/api/v1/gaps").then().statusCode(200).extract().jsonPath().getLong("needs")).isZero();
        assertThat(Callers.analyst().queryParam("state", "NRU").get("/api/v1/coordination").then().statusCode(200)
                .extract().jsonPath().getList("$")).isEmpty();
    }

    @Test
    void a2004RequestMatchedBeforeTheRuleHasWhatWasOnlyProposedForItWithdrawnOnce() {
        // As before the rule: a 2004 request stored as current and matched. (Submitted as a self-assessment, then
        // given the synopsis' origin, which is what a database from before the rule holds.)
        String assessment = Submissions.submit(new AssessmentSubmittedV2(UUID.randomUUID().toString(), "PLW", 2004, 1,
                "PUBLIC", "self-assessment", OffsetDateTime.of(2004, 2, 18, 0, 0, 0, 0, ZoneOffset.UTC), List.of(),
                PALAU, List.of(Submissions.activity("V.4", null, "Assistance to set up a financial intelligence unit.")),
                List.of(), List.of()));
        await().atMost(Duration.ofSeconds(60)).until(() -> proposals(assessment, MatchStatus.PROPOSED) > 0);
        long proposed = proposals(assessment, MatchStatus.PROPOSED);
        QuarkusTransaction.requiringNew().run(() -> Need.update("origin = ?1 where key.assessmentId = ?2",
                Need.SYNOPSIS_2004, UUID.fromString(assessment)));

        assertThat(history.makeHistory()).as("assessments made history").isGreaterThanOrEqualTo(1);

        assertThat(needs(assessment, true)).isZero();
        assertThat(proposals(assessment, MatchStatus.PROPOSED)).isZero();
        assertThat(proposals(assessment, MatchStatus.WITHDRAWN)).isEqualTo(proposed);
        assertThat(Callers.analyst().queryParam("assessment", assessment).queryParam("status", "WITHDRAWN")
                .get("/api/v1/matches").then().statusCode(200).extract().jsonPath().getString("items[0].status"))
                .isEqualTo("WITHDRAWN");
        assertThat(history.makeHistory()).as("a second start changes nothing").isZero();
    }

    private static long needs(String assessment, boolean currentOnly) {
        return QuarkusTransaction.requiringNew().call(() -> currentOnly
                ? Need.count("key.assessmentId = ?1 and current = true", UUID.fromString(assessment))
                : Need.count("key.assessmentId", UUID.fromString(assessment)));
    }

    private static long proposals(String assessment, MatchStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> status == null
                ? MatchProposal.count("assessmentId", UUID.fromString(assessment))
                : MatchProposal.count("assessmentId = ?1 and status = ?2", UUID.fromString(assessment), status));
    }
}
