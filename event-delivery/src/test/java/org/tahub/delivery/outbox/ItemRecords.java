package org.tahub.delivery.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tahub.delivery.TestTopics;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;

/**
 * The test application's {@link OutboxReference}, as matching's proposal records are: a row of type {@link #TYPE}
 * names a batch ({@code {"batch": "<uuid>"}}) and stands for one record per item of the batch, built from the items
 * as they are when the relay sends the row, in their order, under the row's key.
 */
@ApplicationScoped
public class ItemRecords implements OutboxReference {

    static final String TYPE = "tahub.delivery-test.item-changes";
    static final String ITEM_TYPE = "tahub.delivery-test.item.changed";

    private final EntityManager em;

    public ItemRecords(EntityManager em) {
        this.em = em;
    }

    /** The reference a row carries for {@code batch}. */
    static String reference(UUID batch) {
        return "{\"batch\":\"" + batch + "\"}";
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Record> records(OutboxEvent row) {
        UUID batch;
        try {
            batch = UUID.fromString(EventCodec.mapper().readTree(row.envelope).path("batch").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a reference: " + row.envelope, e);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> items = em.createNativeQuery("select id, label from delivery_test_item where batch = ?1 "
                + "order by position").setParameter(1, batch).getResultList();
        return items.stream().map(item -> {
            String id = (String) item[0];
            JsonNode data = EventCodec.toData(Map.of("item", id, "batch", batch.toString(), "label", item[1]));
            EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION,
                    UUID.nameUUIDFromBytes((batch + "/" + id).getBytes(StandardCharsets.UTF_8)).toString(),
                    "/tahub/delivery-tests", ITEM_TYPE, "items/" + id, OffsetDateTime.now(ZoneOffset.UTC),
                    EventEnvelope.DATA_CONTENT_TYPE, null, data);
            return new Record(TestTopics.ITEMS, row.key, EventCodec.write(event));
        }).toList();
    }
}
