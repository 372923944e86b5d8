package org.tahub.matching;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.inject.spi.CDI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventType;
import org.tahub.events.catalogue.ActivityV1;
import org.tahub.events.catalogue.AreaV1;
import org.tahub.events.catalogue.InstrumentV1;
import org.tahub.events.catalogue.ToolV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicWriter;
import org.tahub.matching.readmodel.CatalogueReadModel;
import org.tahub.matching.service.NeedClassification;

/**
 * Publishes the real catalogue (instruments-service's reference files: the checklist, Part A, the tools) on the
 * catalogue topic as instruments-service does, once per test JVM, and waits until matching's read model holds it.
 */
public final class CatalogueFixture {

    private static final String DIR = "../instruments-service/src/main/resources/catalogue/";
    private static volatile boolean published;

    private CatalogueFixture() {
    }

    public static synchronized void ensurePublished() {
        if (!published) {
            try (TopicWriter kafka = new TopicWriter(KafkaTestResource.shared().bootstrapServers())) {
                JsonNode checklist = read("checklist.json");
                for (JsonNode a : checklist.get("areas")) {
                    send(kafka, EventType.AREA_CREATED, "areas/", a.get("code").asText(), a, AreaV1.class);
                }
                for (JsonNode a : checklist.get("activities")) {
                    send(kafka, EventType.ACTIVITY_CREATED, "activities/", a.get("code").asText(), a, ActivityV1.class);
                }
                for (JsonNode i : read("instruments-part-a.json")) {
                    send(kafka, EventType.INSTRUMENT_CREATED, "instruments/", i.get("slug").asText(), i, InstrumentV1.class);
                }
                for (JsonNode t : read("tools.json").get("tools")) {
                    send(kafka, EventType.TOOL_CREATED, "tools/", t.get("slug").asText(), t, ToolV1.class);
                }
            }
            published = true;
        }
        CatalogueReadModel model = CDI.current().select(CatalogueReadModel.class).get();
        await().atMost(Duration.ofSeconds(60)).until(() -> model.activeActivityAreas().size() >= 123
                && model.active("tool").size() >= 9 && model.active("instrument").size() >= 40);
        // The classifier is rebuilt in the background when the checklist changes: tests read needs with it. The
        // first build with every language's exemplars embeds 5,500 of them (two minutes on two busy cores).
        NeedClassification classification = CDI.current().select(NeedClassification.class).get();
        await().atMost(Duration.ofSeconds(300)).until(classification::upToDate);
    }

    private static <T> void send(TopicWriter kafka, EventType type, String subjectPrefix, String key, JsonNode entry,
                                 Class<T> payload) {
        ObjectNode data = entry.deepCopy();
        data.put("status", "ACTIVE");
        data.put("version", 0);
        Object value = EventCodec.mapper().convertValue(data, payload);
        EventEnvelope e = new EventEnvelope("1.0", UUID.randomUUID().toString(), "/tahub/instruments-service",
                type.type(), subjectPrefix + key, OffsetDateTime.now(ZoneOffset.UTC), "application/json",
                type.dataschema(), EventCodec.toData(value));
        kafka.send("tahub.catalogue.v1", key, EventCodec.write(e));
    }

    private static JsonNode read(String file) {
        try {
            return EventCodec.mapper().readTree(Files.readString(Path.of(DIR + file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
