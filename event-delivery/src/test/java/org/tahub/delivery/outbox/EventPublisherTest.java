package org.tahub.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.tahub.delivery.TestDatabase;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventType;
import org.tahub.events.assessments.AssessmentSupersededV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;

/**
 * An event leaves if and only if the change it announces commits: published in a transaction that rolls back, it
 * never reaches Kafka; published in one that commits, it reaches its topic under its key, as the CloudEvent that was
 * published, and its outbox row is marked once the broker has it.
 */
@QuarkusTest
class EventPublisherTest {

    private static final EventType TYPE = EventType.ASSESSMENT_SUPERSEDED;
    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Inject
    EventPublisher publisher;
    @Inject
    TestDatabase db;

    @Test
    void aCommittedEventReachesItsTopicUnderItsKeyAsAStructuredCloudEvent() {
        String state = Supersessions.newState();
        AssessmentSupersededV1 payload = Supersessions.superseded(state, 1);
        try (TopicReader topic = reader()) {
            EventEnvelope published = QuarkusTransaction.requiringNew().call(() -> publisher.publish(TYPE, state,
                    Supersessions.subject(payload), payload));

            ConsumerRecord<String, String> record = topic.await(r -> r.value().contains(published.id()), DELIVERY);

            assertThat(record.key()).isEqualTo(state);
            assertThat(record.headers().headers("content-type")).map(EventPublisherTest::text)
                    .containsExactly("application/cloudevents+json; charset=UTF-8");
            EventEnvelope received = EventCodec.read(record.value());
            assertThat(received).isEqualTo(published);
            assertThat(received.specversion()).isEqualTo("1.0");
            assertThat(received.source()).isEqualTo("/tahub/delivery-tests");
            assertThat(received.type()).isEqualTo("tahub.assessments.assessment.superseded");
            assertThat(received.subject()).isEqualTo("assessments/" + payload.assessmentId());
            assertThat(received.datacontenttype()).isEqualTo("application/json");
            assertThat(received.dataschema()).isEqualTo("https://schemas.tahub.org/assessments/superseded.v1.json");
            assertThat(EventCodec.data(received, AssessmentSupersededV1.class)).isEqualTo(payload);
            await("its outbox row marked published").atMost(DELIVERY).until(() -> db.count("select count(*) "
                    + "from outbox_event where event_id = ?1 and published_at is not null",
                    UUID.fromString(published.id())) == 1);
        }
    }

    @Test
    void anEventPublishedInATransactionThatRollsBackNeverLeaves() {
        String state = Supersessions.newState();
        AssessmentSupersededV1 undone = Supersessions.superseded(state, 1);
        AssessmentSupersededV1 kept = Supersessions.superseded(state, 2);
        try (TopicReader topic = reader()) {
            String[] undoneId = new String[1];
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                undoneId[0] = publisher.publish(TYPE, state, Supersessions.subject(undone), undone).id();
                throw new IllegalStateException("the change this event announces failed");
            })).hasMessageContaining("the change this event announces failed");
            // Published after it under the same key: once this one is on the topic, the first would be before it.
            EventEnvelope after = QuarkusTransaction.requiringNew().call(() -> publisher.publish(TYPE, state,
                    Supersessions.subject(kept), kept));

            topic.await(r -> r.value().contains(after.id()), DELIVERY);

            assertThat(topic.seen()).filteredOn(r -> state.equals(r.key())).map(r -> EventCodec.read(r.value()).id())
                    .containsExactly(after.id());
            assertThat(topic.seen()).noneMatch(r -> r.value().contains(undoneId[0]));
            assertThat(db.count("select count(*) from outbox_event where event_id = ?1", UUID.fromString(undoneId[0])))
                    .isZero();
        }
    }

    @Test
    void anEventThatBreaksItsContractIsRefusedAndNothingIsWritten() {
        String state = Supersessions.newState();
        AssessmentSupersededV1 valid = Supersessions.superseded(state, 1);
        // The schema wants three capital letters and a period from 2001.
        AssessmentSupersededV1 broken = new AssessmentSupersededV1(valid.assessmentId(), state.toLowerCase(), 1999,
                1, valid.supersededBy(), 2025, 1, valid.supersededAt());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() ->
                publisher.publish(TYPE, state, Supersessions.subject(broken), broken)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("breaks its contract");

        assertThat(db.count("select count(*) from outbox_event where message_key = ?1", state)).isZero();
    }

    @Test
    void anEventCannotBePublishedOutsideATransaction() {
        String state = Supersessions.newState();
        AssessmentSupersededV1 payload = Supersessions.superseded(state, 1);

        assertThatThrownBy(() -> publisher.publish(TYPE, state, Supersessions.subject(payload), payload))
                .isInstanceOf(TransactionalException.class);
        assertThatThrownBy(() -> publisher.publishAll(List.of(
                new EventPublisher.Event(TYPE, state, Supersessions.subject(payload), payload))))
                .isInstanceOf(TransactionalException.class);

        assertThat(db.count("select count(*) from outbox_event where message_key = ?1", state)).isZero();
    }

    private static TopicReader reader() {
        return new TopicReader(KafkaTestResource.shared().bootstrapServers(), TYPE.topic().topicName());
    }

    private static String text(Header header) {
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
