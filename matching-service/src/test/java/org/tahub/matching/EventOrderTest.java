package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.assessments.ActivityStatusV1;
import org.tahub.events.assessments.StateProfileV1;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.Need;

/**
 * A submission can reach matching after the one that superseded it (a dead letter replayed late, a topic read again):
 * it is then kept as history, never taken for the state's current needs nor matched.
 */
@QuarkusTest
class EventOrderTest {

    private static final StateProfileV1 COTE_DIVOIRE = new StateProfileV1("CIV", "CI", "Côte d'Ivoire", "002", "202",
            List.of("fr"), "civil-law", List.of("UN", "AU", "OIC"));

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void aSubmissionArrivingAfterTheOneThatSupersededItIsHistoryAndIsNotMatched() {
        String earlier = UUID.randomUUID().toString();
        String later = UUID.randomUUID().toString();
        Submissions.submit(later, List.of(earlier), COTE_DIVOIRE, 2026, "PROVIDERS",
                List.of(Submissions.activity("V.4", "HIGH", null)), List.of(), List.of(new ActivityStatusV1("V.4", "NOT_IMPLEMENTED")));
        Submissions.submit(earlier, List.of(), COTE_DIVOIRE, 2025, "PROVIDERS",
                List.of(Submissions.activity("V.4", "HIGH", null), Submissions.activity("X.5", "LOW", null)), List.of(),
                List.of(new ActivityStatusV1("V.4", "NOT_IMPLEMENTED"), new ActivityStatusV1("X.5", "NOT_IMPLEMENTED")));

        await().atMost(Duration.ofSeconds(60)).until(() -> needs(earlier, false) == 2);
        assertThat(needs(earlier, true)).as("needs of the earlier submission taken as current").isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> MatchProposal.count("assessmentId", UUID.fromString(earlier))))
                .as("proposals for the earlier submission").isZero();
        assertThat(needs(later, true)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> MatchProposal.count("assessmentId", UUID.fromString(later))))
                .as("proposals for the current submission").isPositive();
    }

    private static long needs(String assessment, boolean currentOnly) {
        return QuarkusTransaction.requiringNew().call(() -> currentOnly
                ? Need.count("key.assessmentId = ?1 and current = true", UUID.fromString(assessment))
                : Need.count("key.assessmentId = ?1", UUID.fromString(assessment)));
    }
}
