package org.tahub.assessments;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventType;
import org.tahub.events.catalogue.ActivityV1;
import org.tahub.events.catalogue.AreaV1;
import org.tahub.events.catalogue.EntryStatus;
import org.tahub.events.catalogue.InstrumentV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicWriter;

/**
 * Puts a part of the real checklist on the catalogue topic, as instruments-service would, and waits until this
 * service's read model has it: the assessments tests then answer real activity codes.
 */
final class Checklist {

    static final List<String> ACTIVITIES = List.of("I.1", "I.2", "III.A.5", "V.1", "V.4", "V.5", "VII.A.1", "X.1");
    static final String FINANCING_CONVENTION = "terrorist-financing-convention-1999";
    static final String HOSTAGES_CONVENTION = "hostages-convention-1979";
    /** A declaration of the General Assembly: in the catalogue, never ratifiable. */
    static final String DECLARATION_1994 = "unga-resolution-49-60-1994";
    private static final String[] AREAS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"};
    private static volatile boolean published;

    private Checklist() {
    }

    static synchronized void ensurePublished() {
        if (!published) {
            try (TopicWriter kafka = new TopicWriter(KafkaTestResource.shared().bootstrapServers())) {
                for (int i = 0; i < AREAS.length; i++) {
                    send(kafka, EventType.AREA_CREATED, AREAS[i], "areas/" + AREAS[i],
                            new AreaV1(AREAS[i], i + 1, "Area " + AREAS[i], null, List.of(), EntryStatus.ACTIVE, 0));
                }
                for (int i = 0; i < ACTIVITIES.size(); i++) {
                    String code = ACTIVITIES.get(i);
                    String area = code.split("\\.")[0];
                    send(kafka, EventType.ACTIVITY_CREATED, code, "activities/" + code, new ActivityV1(code, area,
                            code.startsWith("III.A") ? "III.A" : null, code.startsWith("III.A") ? "III.A.5" : null,
                            10 + i, "Activity " + code, null, List.of(), EntryStatus.ACTIVE, 0));
                }
                send(kafka, EventType.INSTRUMENT_CREATED, FINANCING_CONVENTION, "instruments/" + FINANCING_CONVENTION,
                        new InstrumentV1(FINANCING_CONVENTION, "A.1.12", "A", "A.1",
                                "International Convention for the Suppression of the Financing of Terrorism",
                                "Terrorist Financing Convention", "convention", "universal", "UNGA",
                                LocalDate.of(1999, 12, 9), 1999, "Secretary-General of the United Nations",
                                LocalDate.of(2002, 4, 10), List.of("V"), List.of("III.A.5"), List.of("V.1"),
                                EntryStatus.ACTIVE, 0));
                send(kafka, EventType.INSTRUMENT_CREATED, HOSTAGES_CONVENTION, "instruments/" + HOSTAGES_CONVENTION,
                        new InstrumentV1(HOSTAGES_CONVENTION, "A.1.6", "A", "A.1",
                                "International Convention against the Taking of Hostages", "Hostages Convention",
                                "convention", "universal", "UNGA", LocalDate.of(1979, 12, 17), 1979,
                                "Secretary-General of the United Nations", LocalDate.of(1983, 6, 3), List.of("III"),
                                List.of(), List.of(), EntryStatus.ACTIVE, 0));
                send(kafka, EventType.INSTRUMENT_CREATED, DECLARATION_1994, "instruments/" + DECLARATION_1994,
                        new InstrumentV1(DECLARATION_1994, "A.2.1", "A", "A.2",
                                "Declaration on Measures to Eliminate International Terrorism", null, "declaration",
                                "universal", "UNGA", LocalDate.of(1994, 12, 9), 1994, null, null, List.of(),
                                List.of(), List.of(), EntryStatus.ACTIVE, 0));
            }
            published = true;
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var t = given().get("/api/v1/assessments/template").then().statusCode(200).extract().jsonPath();
            List<String> codes = t.getList("areas.activities.flatten().code");
            List<String> slugs = t.getList("instruments.slug");
            return codes.containsAll(ACTIVITIES) && slugs.contains(FINANCING_CONVENTION)
                    && slugs.contains(HOSTAGES_CONVENTION);
        });
    }

    private static void send(TopicWriter kafka, EventType type, String key, String subject, Object payload) {
        EventEnvelope e = new EventEnvelope("1.0", UUID.randomUUID().toString(), "/tahub/instruments-service",
                type.type(), subject, OffsetDateTime.now(ZoneOffset.UTC), "application/json", type.dataschema(),
                EventCodec.toData(payload));
        kafka.send("tahub.catalogue.v1", key, EventCodec.write(e));
    }
}
