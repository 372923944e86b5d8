package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tahub.delivery.retention.EventRetention;

/**
 * The outbox and the inbox do not grow forever: what is past its retention goes (published outbox rows after 7 days,
 * processed-event ids after 120), and nothing that may still be needed does: a row not yet published, however old,
 * and whatever is recent.
 */
@QuarkusTest
class EventRetentionTest {

    private static final String TOPIC = "tahub.retention-test.v1";

    @Inject
    EventRetention retention;
    @Inject
    EntityManager em;

    @Test
    void whatIsPastItsRetentionGoesAndNothingElse() {
        String consumer = "retention-test-" + UUID.randomUUID();
        UUID sentLongAgo = outbox("8 days", "8 days");
        UUID sentYesterday = outbox("8 days", "1 day");
        UUID neverSent = outbox("30 days", null);
        UUID processedLongAgo = processed(consumer, "121 days");
        UUID processedLastMonth = processed(consumer, "30 days");

        EventRetention.Pruned pruned = retention.prune();

        assertThat(pruned.outboxRows()).isGreaterThanOrEqualTo(1);
        assertThat(pruned.processedIds()).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from outbox_event where event_id = ?1", sentLongAgo)).isZero();
        assertThat(count("select count(*) from outbox_event where event_id = ?1", sentYesterday)).isEqualTo(1);
        // The relay may have sent it meanwhile (to a topic nobody reads), marking it published now: either way it stays.
        assertThat(count("select count(*) from outbox_event where event_id = ?1", neverSent)).isEqualTo(1);
        assertThat(count("select count(*) from processed_event where event_id = ?1", processedLongAgo)).isZero();
        assertThat(count("select count(*) from processed_event where event_id = ?1", processedLastMonth)).isEqualTo(1);

        // A second pass finds nothing more of these.
        retention.prune();
        assertThat(count("select count(*) from outbox_event where topic = ?1", TOPIC)).isEqualTo(2);
        assertThat(count("select count(*) from processed_event where consumer = ?1", consumer)).isEqualTo(1);
    }

    private UUID outbox(String createdAgo, String publishedAgo) {
        UUID id = UUID.randomUUID();
        String published = publishedAgo == null ? "null" : "now() - cast('" + publishedAgo + "' as interval)";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into outbox_event (event_id, topic, "
                        + "message_key, event_type, envelope, created_at, published_at) values (?1, ?2, 'XXX', "
                        + "'tahub.retention-test', '{}', now() - cast(?3 as interval), " + published + ")")
                .setParameter(1, id).setParameter(2, TOPIC).setParameter(3, createdAgo).executeUpdate());
        return id;
    }

    private UUID processed(String consumer, String ago) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into processed_event (consumer, "
                        + "event_id, event_type, processed_at) values (?1, ?2, 'tahub.retention-test', "
                        + "now() - cast(?3 as interval))")
                .setParameter(1, consumer).setParameter(2, id).setParameter(3, ago).executeUpdate());
        return id;
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
