package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.EventCodec;
import org.tahub.events.Topic;
import org.tahub.events.assessments.StateProfileV1;
import org.tahub.events.matching.MatchProposedV2;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.messaging.MatchingEvents;
import org.tahub.matching.service.MatchingRound;

/**
 * A round writes and announces only the proposals whose reading changed: it knows them by the digest stored with each
 * one, and a proposal stored without a digest (before there was one) is compared field by field, given its digest and
 * not announced. What it writes back, it writes only over the proposals as it read them.
 */
@QuarkusTest
class RoundsWriteOnlyWhatChangedTest {

    private static final StateProfileV1 FIJI = new StateProfileV1("FJI", "FJ", "Fiji", "009", "054", List.of("en"),
            "common-law", List.of("UN", "COMMONWEALTH", "PIF"));

    @Inject
    MatchingRound round;
    @Inject
    EntityManager em;

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void aRoundRewritesAndAnnouncesOnlyWhatChanged() {
        String assessment = Submissions.submit(FIJI, "PROVIDERS", List.of(
                Submissions.activity("V.4", "HIGH", "Analysts and software for the financial intelligence unit."),
                Submissions.activity("IX.2", "MEDIUM", null)), List.of());
        UUID id = UUID.fromString(assessment);
        long standing = await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "select count(*) from match_proposal where assessment_id = ?1 and status = 'PROPOSED'", id), n -> n > 0);
        assertThat(count("select count(*) from match_proposal where assessment_id = ?1 and reading_digest is null", id))
                .isZero();

        // The same offers, the same readings: nothing written, nothing announced.
        long events = announced(assessment);
        long version = count("select sum(version) from match_proposal where assessment_id = ?1", id);
        QuarkusTransaction.requiringNew().run(() -> round.matchAssessment(id, "rematch"));
        assertThat(announced(assessment)).isEqualTo(events);
        assertThat(count("select sum(version) from match_proposal where assessment_id = ?1", id)).isEqualTo(version);

        // Stored before digests existed: compared field by field, found the same, given a digest, not announced.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update match_proposal set reading_digest = null where assessment_id = ?1").setParameter(1, id)
                .executeUpdate());
        QuarkusTransaction.requiringNew().run(() -> round.matchAssessment(id, "rematch"));
        assertThat(announced(assessment)).isEqualTo(events);
        assertThat(count("select count(*) from match_proposal where assessment_id = ?1 and reading_digest is null", id))
                .isZero();

        // One offer gains a place: its proposals, and only those, are rewritten: one row names the round, then the
        // notice; the relay sends a record for each of them, with the round's id.
        String offer = (String) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select offer_id from match_proposal where assessment_id = ?1 and status = 'PROPOSED' order by rank "
                        + "limit 1").setParameter(1, id).getSingleResult());
        long ofTheOffer = count("select count(*) from match_proposal where assessment_id = ?1 and offer_id = '"
                + offer.replace("'", "''") + "' and status = 'PROPOSED'", id);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update offer set capacity = capacity + 1 where id = ?1").setParameter(1, offer).executeUpdate());
        try (TopicReader proposals = new TopicReader(KafkaTestResource.shared().bootstrapServers(),
                Topic.PROPOSALS.topicName())) {
            QuarkusTransaction.requiringNew().run(() -> round.matchAssessment(id, "rematch"));
            assertThat(announced(assessment) - events).isEqualTo(2);
            assertThat(count("select count(*) from match_proposal where assessment_id = ?1 and status = 'PROPOSED'",
                    id)).isEqualTo(standing);
            String roundId = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select cast(round_id as text) from match_proposal where assessment_id = ?1 order by round_at desc "
                            + "limit 1").setParameter(1, id).getSingleResult()).toString();
            List<MatchProposedV2> sent = proposals.awaitAll(r -> r.value().contains(roundId), (int) ofTheOffer,
                    Duration.ofSeconds(30)).stream().map(r -> EventCodec.data(EventCodec.read(r.value()),
                    MatchProposedV2.class)).toList();
            assertThat(sent).hasSize((int) ofTheOffer).allSatisfy(p -> {
                assertThat(p.offerId()).isEqualTo(offer);
                assertThat(p.roundId()).isEqualTo(roundId);
                assertThat(p.reason()).isEqualTo("rematch");
            });
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update offer set capacity = capacity - 1 where id = ?1").setParameter(1, offer).executeUpdate());
        }
    }

    @Test
    void aRoundDoesNotOverwriteAProposalChangedAfterItReadIt() {
        String assessment = Submissions.submit(FIJI, "PROVIDERS", List.of(
                Submissions.activity("V.4", "LOW", "Mentoring for the analysts of the financial intelligence unit.")),
                List.of());
        UUID id = UUID.fromString(assessment);
        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "select count(*) from match_proposal where assessment_id = ?1 and status = 'PROPOSED'", id), n -> n > 0);
        long version = count("select sum(version) from match_proposal where assessment_id = ?1", id);
        String ranks = ranks(id);

        // The round has read the proposals and rewrites them all; meanwhile a provider's decision moved one on.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            List<MatchProposal> read = MatchProposal.forRound("assessmentId", id);
            read.forEach(p -> p.rank = p.rank + 100);
            em.createNativeQuery("update match_proposal set version = version + 1 where id = ?1")
                    .setParameter(1, read.get(0).id).executeUpdate();
            MatchProposal.rewriteAll(read);
        })).isInstanceOf(OptimisticLockException.class);

        // The whole round is undone: no proposal carries its ranks, and the decision's write is undone with it here.
        assertThat(ranks(id)).isEqualTo(ranks);
        assertThat(count("select sum(version) from match_proposal where assessment_id = ?1", id)).isEqualTo(version);
    }

    private String ranks(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select string_agg(rank::text, ',' "
                + "order by id) from match_proposal where assessment_id = ?1").setParameter(1, id).getSingleResult())
                .toString();
    }

    /** The outbox rows written for the assessment's rounds: their changes, and their notices. */
    private long announced(String assessment) {
        return count("select count(*) from outbox_event where event_type in ('" + MatchingEvents.ROUND_CHANGES
                + "', 'tahub.matching.round.completed') and envelope like '%' || ?1 || '%'", assessment);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
