package org.tahub.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.tahub.delivery.OtherSession;
import org.tahub.delivery.TestDatabase;
import org.tahub.delivery.TestTopics;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventType;
import org.tahub.events.assessments.AssessmentSupersededV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;

/**
 * The relay hands committed rows to Kafka in their order, so that every key's events arrive in the order they were
 * committed, one by one as they commit or as a backlog; and a row that refers to records instead of carrying one
 * has them built when it is sent, from the data as it is then.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final EventType TYPE = EventType.ASSESSMENT_SUPERSEDED;
    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    EventPublisher publisher;
    @Inject
    TestDatabase db;

    @Test
    void eachKeysEventsReachTheTopicInTheOrderTheyWereCommitted() {
        List<String> states = Supersessions.newStates(3);
        Map<String, List<String>> committed = new LinkedHashMap<>();
        states.forEach(s -> committed.put(s, new ArrayList<>()));
        try (TopicReader topic = new TopicReader(KafkaTestResource.shared().bootstrapServers(), TYPE.topic().topicName())) {
            // One transaction each, sent as they commit...
            for (int i = 0; i < 9; i++) {
                publishOne(states.get(i % 3), i + 1, committed);
            }
            await("the first nine sent as they commit").atMost(DELIVERY).until(() -> published(states) == 9);
            // ...then a backlog that waited in the outbox (another instance held the relay), sent in batches: single
            // transactions and one that publishes many events at once, as a matching round does.
            try (OtherSession otherInstance = OtherSession.leadingTheRelay()) {
                for (int i = 9; i < 24; i++) {
                    publishOne(states.get(i % 3), i + 1, committed);
                }
                List<EventPublisher.Event> many = new ArrayList<>();
                for (int i = 24; i < 54; i++) {
                    String state = states.get((i / 2) % 3);
                    AssessmentSupersededV1 payload = Supersessions.superseded(state, i + 1);
                    many.add(new EventPublisher.Event(TYPE, state, Supersessions.subject(payload), payload));
                }
                List<EventEnvelope> envelopes = QuarkusTransaction.requiringNew().call(() -> publisher.publishAll(many));
                for (int i = 0; i < many.size(); i++) {
                    committed.get(many.get(i).key()).add(envelopes.get(i).id());
                }
                assertThat(published(states)).as("the backlog waits while another instance holds the relay")
                        .isEqualTo(9);
            }
            Set<String> ids = committed.values().stream().flatMap(List::stream).collect(Collectors.toSet());

            List<ConsumerRecord<String, String>> received = topic.awaitAll(r -> states.contains(r.key()), ids.size(),
                    DELIVERY);

            for (String state : states) {
                assertThat(received).filteredOn(r -> state.equals(r.key())).map(r -> EventCodec.read(r.value()).id())
                        .as("the events of %s, in the order they were committed", state)
                        .containsExactlyElementsOf(committed.get(state));
            }
            await("every row marked published").atMost(DELIVERY).until(() -> published(states) == 54);
        }
    }

    @Test
    void aReferenceIsBuiltIntoItsRecordsWhenItIsSentFromTheDataAsItIsThen() {
        String key = "items-" + UUID.randomUUID();
        UUID emptied = UUID.randomUUID();
        UUID batch = UUID.randomUUID();
        try (TopicReader topic = new TopicReader(KafkaTestResource.shared().bootstrapServers(), TestTopics.ITEMS)) {
            try (OtherSession otherInstance = OtherSession.leadingTheRelay()) {
                QuarkusTransaction.requiringNew().run(() -> {
                    item(emptied, "gone", 1, "withdrawn before it was sent");
                    publisher.publishReference(ItemRecords.TYPE, TestTopics.ITEMS, key, ItemRecords.reference(emptied));
                });
                QuarkusTransaction.requiringNew().run(() -> {
                    item(batch, "first", 1, "as written");
                    item(batch, "second", 2, "as written");
                    item(batch, "third", 3, "as written");
                    publisher.publishReference(ItemRecords.TYPE, TestTopics.ITEMS, key, ItemRecords.reference(batch));
                });
                // Changed after the references committed and before the relay reached them.
                db.update("delete from delivery_test_item where batch = ?1", emptied);
                db.update("update delivery_test_item set label = 'changed before it was sent' where id = ?1",
                        batch + "/second");
            }

            List<ConsumerRecord<String, String>> records = topic.awaitAll(r -> key.equals(r.key()), 3, DELIVERY);

            // The emptied reference, before the other under the same key, stood for nothing and sent nothing.
            assertThat(records).map(r -> EventCodec.read(r.value()).data().path("label").asText())
                    .containsExactly("as written", "changed before it was sent", "as written");
            assertThat(records).map(r -> EventCodec.read(r.value()).subject())
                    .containsExactly("items/" + batch + "/first", "items/" + batch + "/second",
                            "items/" + batch + "/third");
            assertThat(records).allMatch(r -> EventCodec.read(r.value()).type().equals(ItemRecords.ITEM_TYPE));
            await("both reference rows marked published").atMost(DELIVERY).until(() -> db.count("select count(*) "
                    + "from outbox_event where message_key = ?1 and published_at is not null", key) == 2);
        }
    }

    private void publishOne(String state, int revision, Map<String, List<String>> committed) {
        AssessmentSupersededV1 payload = Supersessions.superseded(state, revision);
        EventEnvelope event = QuarkusTransaction.requiringNew().call(() -> publisher.publish(TYPE, state,
                Supersessions.subject(payload), payload));
        committed.get(state).add(event.id());
    }

    /** How many of these states' outbox rows are marked published. */
    private long published(List<String> states) {
        return db.count("select count(*) from outbox_event where message_key in (?1, ?2, ?3) "
                + "and published_at is not null", states.get(0), states.get(1), states.get(2));
    }

    private void item(UUID batch, String name, int position, String label) {
        db.updateInTransaction("insert into delivery_test_item (id, batch, position, label) values (?1, ?2, ?3, ?4)",
                batch + "/" + name, batch, position, label);
    }
}
