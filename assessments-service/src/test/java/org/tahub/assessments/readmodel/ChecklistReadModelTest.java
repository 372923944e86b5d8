package org.tahub.assessments.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventType;
import org.tahub.events.catalogue.ActivityV1;
import org.tahub.events.catalogue.AreaV1;
import org.tahub.events.catalogue.EntryStatus;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;
import org.tahub.infrastructure.testing.TopicWriter;

/**
 * The assessment template follows the catalogue's events on the real broker: new entries appear, newer versions
 * replace older ones, a redelivered or out-of-date event changes nothing, and a malformed message goes to the
 * dead-letter topic without stopping consumption.
 */
@QuarkusTest
class ChecklistReadModelTest {

    private static final String TOPIC = "tahub.catalogue.v1";

    @Test
    void theTemplateFollowsTheCatalogueEvents() {
        try (TopicWriter kafka = new TopicWriter(KafkaTestResource.shared().bootstrapServers())) {
            EventEnvelope area = event(EventType.AREA_CREATED, "areas/IX",
                    new AreaV1("IX", 9, "Protection and assistance to victims", null, List.of(), EntryStatus.ACTIVE, 0));
            kafka.send(TOPIC, "IX", EventCodec.write(area));
            EventEnvelope v0 = activity(EventType.ACTIVITY_CREATED, "Adopt measures for the protection of victims", 0);
            kafka.send(TOPIC, "IX.1", EventCodec.write(v0));
            awaitTitle("Adopt measures for the protection of victims");

            EventEnvelope v1 = activity(EventType.ACTIVITY_UPDATED, "Protect victims of terrorism and crime", 1);
            kafka.send(TOPIC, "IX.1", EventCodec.write(v1));
            awaitTitle("Protect victims of terrorism and crime");

            // Redelivery of an old event (same id) and a stale version: both change nothing.
            kafka.send(TOPIC, "IX.1", EventCodec.write(v0));
            kafka.send(TOPIC, "IX.1", EventCodec.write(activity(EventType.ACTIVITY_UPDATED, "Stale wording", 0)));
            // A marker sent after them on the same key proves they were consumed before we look.
            kafka.send(TOPIC, "IX.1", EventCodec.write(activity(EventType.ACTIVITY_UPDATED, "Protect victims (v2)", 2)));
            awaitTitle("Protect victims (v2)");
        }
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String bootstrap = KafkaTestResource.shared().bootstrapServers();
        try (TopicWriter kafka = new TopicWriter(bootstrap);
             TopicReader dlq = new TopicReader(bootstrap, "tahub.catalogue.v1.dlq.assessments-service")) {
            kafka.send(TOPIC, "IX.2", "this is not an event");
            kafka.send(TOPIC, "IX.2", EventCodec.write(event(EventType.ACTIVITY_CREATED, "activities/IX.2",
                    new ActivityV1("IX.2", "IX", null, null, 122, "Adopt measures for providing assistance to victims",
                            null, List.of(), EntryStatus.ACTIVE, 0))));
            var dead = dlq.await(r -> "this is not an event".equals(r.value()), Duration.ofSeconds(30));
            assertThat(new String(dead.headers().lastHeader("dead-letter-reason").value())).isNotBlank();
            await().atMost(Duration.ofSeconds(20)).until(() -> template().getList("areas.activities.flatten().code")
                    .contains("IX.2"));
        }
    }

    private static void awaitTitle(String title) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                template().getString("areas.find { it.code == 'IX' }.activities.find { it.code == 'IX.1' }.title"))
                .isEqualTo(title));
    }

    private static JsonPath template() {
        return given().get("/api/v1/assessments/template").then().statusCode(200).extract().jsonPath();
    }

    private static EventEnvelope activity(EventType type, String title, long version) {
        return event(type, "activities/IX.1", new ActivityV1("IX.1", "IX", null, null, 121, title, null, List.of(),
                EntryStatus.ACTIVE, version));
    }

    private static EventEnvelope event(EventType type, String subject, Object payload) {
        return new EventEnvelope("1.0", UUID.randomUUID().toString(), "/tahub/instruments-service", type.type(),
                subject, OffsetDateTime.now(ZoneOffset.UTC), "application/json", type.dataschema(),
                EventCodec.toData(payload));
    }
}
