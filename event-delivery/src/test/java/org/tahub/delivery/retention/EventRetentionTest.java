package org.tahub.delivery.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tahub.delivery.OtherSession;
import org.tahub.delivery.TestDatabase;

/**
 * The outbox and the inbox do not grow forever: a pass removes the outbox rows published longer ago than the
 * window (7 days) and the processed-event ids older than theirs (120 days), however many, and nothing that may still
 * be needed: a row not yet published, however old, or anything recent.
 */
@QuarkusTest
class EventRetentionTest {

    @Inject
    EventRetention retention;
    @Inject
    TestDatabase db;

    @Test
    void publishedRowsPastTheWindowGoAndUnpublishedOnesStayHoweverOld() {
        String topic = "tahub.retention-test." + UUID.randomUUID();
        String consumer = "retention-test-" + UUID.randomUUID();
        // Another instance holds the relay, so that the old unpublished row is still unpublished when the pass runs.
        try (OtherSession otherInstance = OtherSession.leadingTheRelay()) {
            UUID sentLongAgo = outbox(topic, "9 days", "8 days");
            UUID sentLastWeek = outbox(topic, "9 days", "6 days");
            UUID neverSent = outbox(topic, "30 days", null);
            UUID processedLongAgo = processed(consumer, "121 days");
            UUID processedWithinWindow = processed(consumer, "100 days");

            EventRetention.Pruned pruned = retention.prune();

            assertThat(pruned.outboxRows()).isGreaterThanOrEqualTo(1);
            assertThat(pruned.processedIds()).isGreaterThanOrEqualTo(1);
            assertThat(outboxRows(sentLongAgo)).isZero();
            assertThat(outboxRows(sentLastWeek)).isEqualTo(1);
            assertThat(db.count("select count(*) from outbox_event where event_id = ?1 and published_at is null",
                    neverSent)).as("an unpublished row is kept, however old").isEqualTo(1);
            assertThat(processedIds(processedLongAgo)).isZero();
            assertThat(processedIds(processedWithinWindow)).isEqualTo(1);

            db.update("delete from outbox_event where topic = ?1", topic); // nothing for the relay to send to it
        }
    }

    @Test
    void aBacklogLargerThanOneBatchGoesInOnePass() {
        String topic = "tahub.retention-test." + UUID.randomUUID();
        String consumer = "retention-test-" + UUID.randomUUID();
        int rows = EventRetention.BATCH * 2 + 1;
        db.update("insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at, "
                + "published_at) select gen_random_uuid(), ?1, 'XXX', 'tahub.retention-test', '{}', "
                + "now() - interval '9 days', now() - interval '8 days' from generate_series(1, ?2)", topic, rows);
        db.update("insert into processed_event (consumer, event_id, event_type, processed_at) select ?1, "
                + "gen_random_uuid(), 'tahub.retention-test', now() - interval '121 days' from generate_series(1, ?2)",
                consumer, rows);

        EventRetention.Pruned pruned = retention.prune();

        assertThat(pruned.outboxRows()).isGreaterThanOrEqualTo(rows);
        assertThat(pruned.processedIds()).isGreaterThanOrEqualTo(rows);
        assertThat(db.count("select count(*) from outbox_event where topic = ?1", topic)).isZero();
        assertThat(db.count("select count(*) from processed_event where consumer = ?1", consumer)).isZero();
    }

    private UUID outbox(String topic, String createdAgo, String publishedAgo) {
        UUID id = UUID.randomUUID();
        db.update("insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at, "
                + "published_at) values (?1, ?2, 'XXX', 'tahub.retention-test', '{}', now() - cast(?3 as interval), "
                + (publishedAgo == null ? "null" : "now() - cast(?4 as interval)") + ")",
                publishedAgo == null ? new Object[] {id, topic, createdAgo} : new Object[] {id, topic, createdAgo,
                        publishedAgo});
        return id;
    }

    private UUID processed(String consumer, String ago) {
        UUID id = UUID.randomUUID();
        db.update("insert into processed_event (consumer, event_id, event_type, processed_at) values (?1, ?2, "
                + "'tahub.retention-test', now() - cast(?3 as interval))", consumer, id, ago);
        return id;
    }

    private long outboxRows(UUID eventId) {
        return db.count("select count(*) from outbox_event where event_id = ?1", eventId);
    }

    private long processedIds(UUID eventId) {
        return db.count("select count(*) from processed_event where event_id = ?1", eventId);
    }
}
