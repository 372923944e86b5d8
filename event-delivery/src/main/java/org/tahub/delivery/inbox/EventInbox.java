package org.tahub.delivery.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tahub.events.EventEnvelope;

/**
 * Makes a consumer idempotent: it records each processed event id in the same transaction as the event's effect.
 * Kafka delivers at least once (rebalances, restarts, replays); a second delivery finds the id and changes nothing.
 */
@ApplicationScoped
public class EventInbox {

    private final EntityManager em;

    public EventInbox(EntityManager em) {
        this.em = em;
    }

    /** Returns true the first time {@code consumer} sees this event, false on every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope event) {
        int inserted = em.createNativeQuery("insert into processed_event (consumer, event_id, event_type) "
                        + "values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, UUID.fromString(event.id()))
                .setParameter(3, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
