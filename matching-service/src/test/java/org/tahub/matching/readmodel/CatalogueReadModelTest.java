package org.tahub.matching.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventType;
import org.tahub.events.catalogue.EntryStatus;
import org.tahub.events.catalogue.InstrumentV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicWriter;
import org.tahub.matching.domain.CatalogueCopy;

/** matching-service keeps its own copy of the catalogue's instruments from the real broker, by latest version. */
@QuarkusTest
class CatalogueReadModelTest {

    @Test
    void instrumentsAreKeptWithTheActivitiesTheyServe() {
        try (TopicWriter kafka = new TopicWriter(KafkaTestResource.shared().bootstrapServers())) {
            kafka.send("tahub.catalogue.v1", "read-model-test-convention-1999", EventCodec.write(
                    instrument(EventType.INSTRUMENT_CREATED, 0, EntryStatus.ACTIVE)));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(entry()).isNotNull());
            assertThat(entry().activities).contains("V.4", "III.A.5");
            assertThat(entry().areas).containsExactly("III", "V");

            kafka.send("tahub.catalogue.v1", "read-model-test-convention-1999", EventCodec.write(
                    instrument(EventType.INSTRUMENT_RETIRED, 1, EntryStatus.RETIRED)));
            kafka.send("tahub.catalogue.v1", "read-model-test-convention-1999", EventCodec.write(
                    instrument(EventType.INSTRUMENT_UPDATED, 0, EntryStatus.ACTIVE)));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(entry().status).isEqualTo("RETIRED"));
            // The stale version-0 event sent after the retirement did not bring it back.
            // Same key, so same partition: consumed after the stale event.
            kafka.send("tahub.catalogue.v1", "read-model-test-convention-1999",
                    EventCodec.write(instrumentNamed("marker-instrument")));
            await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> CatalogueCopy.findById(new CatalogueCopy.Key("instrument", "marker-instrument")))
                    != null);
            assertThat(entry().status).isEqualTo("RETIRED");
            assertThat(entry().version).isEqualTo(1);
        }
    }

    private static CatalogueCopy entry() {
        return QuarkusTransaction.requiringNew().call(() ->
                CatalogueCopy.findById(new CatalogueCopy.Key("instrument", "read-model-test-convention-1999")));
    }

    private static EventEnvelope instrument(EventType type, long version, EntryStatus status) {
        return envelope(type, new InstrumentV1("read-model-test-convention-1999", "A.1.12", "A", "A.1",
                "International Convention for the Suppression of the Financing of Terrorism",
                "Terrorist Financing Convention", "convention", "universal", "UNGA", LocalDate.of(1999, 12, 9), 1999,
                "Secretary-General of the United Nations", LocalDate.of(2002, 4, 10), List.of("III", "V"),
                List.of("III.A.5"), List.of("V.4"), status, version));
    }

    private static EventEnvelope instrumentNamed(String slug) {
        return envelope(EventType.INSTRUMENT_CREATED, new InstrumentV1(slug, null, "C", "C", "Marker", null,
                "declaration", "regional", "G8", null, 2002, null, null, List.of(), List.of(), List.of(),
                EntryStatus.ACTIVE, 0));
    }

    private static EventEnvelope envelope(EventType type, InstrumentV1 payload) {
        return new EventEnvelope("1.0", UUID.randomUUID().toString(), "/tahub/instruments-service", type.type(),
                "instruments/" + payload.slug(), OffsetDateTime.now(ZoneOffset.UTC), "application/json",
                type.dataschema(), EventCodec.toData(payload));
    }
}
