package org.tahub.delivery.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.tahub.delivery.OtherSession;
import org.tahub.delivery.TestDatabase;
import org.tahub.delivery.TestTopics;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;
import org.tahub.infrastructure.testing.TopicWriter;

/**
 * How a consumer handles what Kafka hands it (docs/reliability.md): an event delivered twice has its effect once, and
 * its record is acknowledged; a failure that would recur sends the record to the dead-letter topic with the reason,
 * and consumption goes on; a database that drops the consumer's connection, mid-effect or at the commit, is waited
 * for, and the event applied once it is back, not dead-lettered.
 */
@QuarkusTest
class InboxProcessingTest {

    private static final Duration PROCESSING = Duration.ofSeconds(30);

    @Inject
    TestDatabase db;
    @Inject
    DeliveryConsumer consumer;

    @Test
    void anEventDeliveredTwiceHasItsEffectOnceAndItsRecordsAreAcknowledged() throws Exception {
        String key = "twice-" + UUID.randomUUID();
        EventEnvelope twice = event(DeliveryConsumer.APPLIED, key);
        EventEnvelope after = event(DeliveryConsumer.APPLIED, key);
        String bootstrap = KafkaTestResource.shared().bootstrapServers();
        try (TopicWriter kafka = new TopicWriter(bootstrap);
             TopicReader topic = new TopicReader(bootstrap, TestTopics.DELIVERIES)) {
            kafka.send(TestTopics.DELIVERIES, key, EventCodec.write(twice));
            kafka.send(TestTopics.DELIVERIES, key, EventCodec.write(twice)); // a relay's resend: same id
            kafka.send(TestTopics.DELIVERIES, key, EventCodec.write(after)); // same key: handled after both

            await("the effect of the event after it").atMost(PROCESSING).until(() -> effects(after) == 1);

            assertThat(effects(twice)).isEqualTo(1);
            assertThat(consumer.attempts(twice.id())).as("the redelivery finds the id and skips the effect").isEqualTo(1);
            assertThat(processed(twice)).isEqualTo(1);
            // Acknowledged: the group's committed offset passes the three records, so no restart delivers them again.
            ConsumerRecord<String, String> last = topic.await(r -> r.value().contains(after.id()), PROCESSING);
            TopicPartition partition = new TopicPartition(last.topic(), last.partition());
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                await("the group's offset committed past the records").atMost(PROCESSING).until(() -> {
                    OffsetAndMetadata committed = admin.listConsumerGroupOffsets("delivery-tests")
                            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).get(partition);
                    return committed != null && committed.offset() > last.offset();
                });
            }
        }
    }

    @Test
    void aFailureThatWouldRecurIsDeadLetteredWithItsReasonAndConsumptionGoesOn() {
        String key = "refused-" + UUID.randomUUID();
        EventEnvelope refused = event(DeliveryConsumer.REFUSED, key);
        EventEnvelope after = event(DeliveryConsumer.APPLIED, key);
        String bootstrap = KafkaTestResource.shared().bootstrapServers();
        try (TopicWriter kafka = new TopicWriter(bootstrap);
             TopicReader deadLetters = new TopicReader(bootstrap, TestTopics.DELIVERIES_DLQ)) {
            String value = EventCodec.write(refused);
            kafka.send(TestTopics.DELIVERIES, key, value);
            kafka.send(TestTopics.DELIVERIES, key, EventCodec.write(after));

            ConsumerRecord<String, String> dead = deadLetters.await(r -> r.value().contains(refused.id()), PROCESSING);

            assertThat(dead.key()).isEqualTo(key);
            assertThat(dead.value()).as("the record as it came, for a replay").isEqualTo(value);
            assertThat(header(dead, "dead-letter-topic")).isEqualTo(TestTopics.DELIVERIES);
            assertThat(header(dead, "dead-letter-reason")).contains("delivery_test_effect_amount_check");
            await("the effect of the event after it").atMost(PROCESSING).until(() -> effects(after) == 1);
            // Nothing of it stayed: neither its effect nor its id, so a replay from the dead letters applies it.
            assertThat(effects(refused)).isZero();
            assertThat(processed(refused)).isZero();
            assertThat(consumer.attempts(refused.id())).as("tried once: retrying would fail again").isEqualTo(1);
        }
    }

    @Test
    void aRecordThatIsNotAnEventIsDeadLetteredAndConsumptionGoesOn() {
        String key = "garbled-" + UUID.randomUUID();
        String garbled = "{\"id\": \"" + UUID.randomUUID() + "\", truncated";
        EventEnvelope after = event(DeliveryConsumer.APPLIED, key);
        String bootstrap = KafkaTestResource.shared().bootstrapServers();
        try (TopicWriter kafka = new TopicWriter(bootstrap);
             TopicReader deadLetters = new TopicReader(bootstrap, TestTopics.DELIVERIES_DLQ)) {
            kafka.send(TestTopics.DELIVERIES, key, garbled);
            kafka.send(TestTopics.DELIVERIES, key, EventCodec.write(after));

            ConsumerRecord<String, String> dead = deadLetters.await(r -> garbled.equals(r.value()), PROCESSING);

            assertThat(dead.key()).isEqualTo(key);
            assertThat(header(dead, "dead-letter-reason")).contains("not a CloudEvents 1.0 JSON envelope");
            await("the effect of the event after it").atMost(PROCESSING).until(() -> effects(after) == 1);
        }
    }

    @Test
    void aConnectionTheDatabaseDropsMidEffectIsRetriedUntilTheEffectCommitsNotDeadLettered() throws Exception {
        String key = "dropped-" + UUID.randomUUID();
        String gate = "gate-" + UUID.randomUUID();
        EventEnvelope dropped = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(),
                "/tahub/delivery-tests", DeliveryConsumer.GATED, gate, OffsetDateTime.now(ZoneOffset.UTC),
                EventEnvelope.DATA_CONTENT_TYPE, null, null);
        EventEnvelope marker = event(DeliveryConsumer.REFUSED, key);
        db.update("insert into delivery_test_gate (name) values (?1)", gate);
        String bootstrap = KafkaTestResource.shared().bootstrapServers();
        try (TopicWriter kafka = new TopicWriter(bootstrap);
             TopicReader deadLetters = new TopicReader(bootstrap, TestTopics.DELIVERIES_DLQ)) {
            try (OtherSession holder = OtherSession.open(); OtherSession operator = OtherSession.open()) {
                holder.connection().setAutoCommit(false);
                holder.query("select name from delivery_test_gate where name = ? for update", gate);
                Object holding = holder.query("select pg_backend_pid()");
                kafka.send(TestTopics.DELIVERIES, key, EventCodec.write(dropped));

                // The effect waits for the gate row; then the database terminates its connection, as it does to
                // every connection when it shuts down or restarts (SQLSTATE 57P01), with the transaction open.
                // (Watched from a session without a transaction: one would keep its first view of pg_stat_activity.)
                Integer waiting = await("the effect waiting for the gate row").atMost(PROCESSING)
                        .until(() -> Optional.ofNullable((Integer) operator.query("select pid from pg_stat_activity "
                                + "where ? = any(pg_blocking_pids(pid))", holding)), Optional::isPresent).get();
                assertThat(operator.query("select pg_terminate_backend(?)", waiting)).isEqualTo(Boolean.TRUE);
                holder.connection().rollback(); // the database is back
            }

            await("the effect of the event whose connection was dropped, applied once").atMost(PROCESSING)
                    .until(() -> effects(dropped) == 1);

            assertThat(consumer.attempts(dropped.id())).as("the first attempt failed and was tried again")
                    .isGreaterThanOrEqualTo(2);
            assertThat(processed(dropped)).isEqualTo(1);
            // A record after it on the same partition reaches the dead letters: had the first gone there, it would
            // be before this one.
            kafka.send(TestTopics.DELIVERIES, key, EventCodec.write(marker));
            deadLetters.await(r -> r.value().contains(marker.id()), PROCESSING);
            assertThat(deadLetters.seen()).noneMatch(r -> r.value().contains(dropped.id()));
        }
    }

    @Test
    void aConnectionTheDatabaseDropsBeforeTheCommitIsRetriedUntilTheEffectCommitsNotDeadLettered() {
        String key = "dropped-at-commit-" + UUID.randomUUID();
        EventEnvelope dropped = event(DeliveryConsumer.DROPPED_AT_COMMIT, key);
        EventEnvelope marker = event(DeliveryConsumer.REFUSED, key);
        String bootstrap = KafkaTestResource.shared().bootstrapServers();
        try (TopicWriter kafka = new TopicWriter(bootstrap);
             TopicReader deadLetters = new TopicReader(bootstrap, TestTopics.DELIVERIES_DLQ)) {
            kafka.send(TestTopics.DELIVERIES, key, EventCodec.write(dropped));

            await("the effect of the event whose commit failed, applied once").atMost(PROCESSING)
                    .until(() -> effects(dropped) == 1);

            assertThat(consumer.attempts(dropped.id())).as("the commit failed and the event was tried again")
                    .isGreaterThanOrEqualTo(2);
            assertThat(processed(dropped)).isEqualTo(1);
            kafka.send(TestTopics.DELIVERIES, key, EventCodec.write(marker));
            deadLetters.await(r -> r.value().contains(marker.id()), PROCESSING);
            assertThat(deadLetters.seen()).noneMatch(r -> r.value().contains(dropped.id()));
        }
    }

    private long effects(EventEnvelope event) {
        return db.count("select count(*) from delivery_test_effect where event_id = ?1", UUID.fromString(event.id()));
    }

    private long processed(EventEnvelope event) {
        return db.count("select count(*) from processed_event where consumer = ?1 and event_id = ?2",
                DeliveryConsumer.CONSUMER, UUID.fromString(event.id()));
    }

    private static EventEnvelope event(String type, String subject) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/tahub/delivery-tests",
                type, subject, OffsetDateTime.now(ZoneOffset.UTC), EventEnvelope.DATA_CONTENT_TYPE, null,
                EventCodec.toData(Map.of("note", "test event")));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
