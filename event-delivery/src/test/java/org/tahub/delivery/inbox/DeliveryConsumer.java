package org.tahub.delivery.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.tahub.delivery.OtherSession;
import org.tahub.events.EventEnvelope;

/**
 * The test application's consumer of tahub.delivery-test.v1, written as every service writes one: each record
 * handed to {@link InboxProcessing}. What an event's effect does depends on its type:
 * <ul>
 *   <li>{@value #APPLIED}: records the event in {@code delivery_test_effect};</li>
 *   <li>{@value #GATED}: first locks the {@code delivery_test_gate} row its subject names (a test holding that row
 *   keeps the effect waiting on the database), then records the event;</li>
 *   <li>{@value #REFUSED}: records the event with an amount the table's check refuses, on every try;</li>
 *   <li>{@value #DROPPED_AT_COMMIT}: records the event; on the first try, the database then terminates the
 *   effect's connection (another session asks it to, and waits until it is gone), so that the effect is complete
 *   and its commit is what fails, as when the database restarts between the last statement and the commit.</li>
 * </ul>
 */
@ApplicationScoped
public class DeliveryConsumer {

    static final String CONSUMER = "delivery-tests.deliveries";
    static final String APPLIED = "tahub.delivery-test.applied";
    static final String GATED = "tahub.delivery-test.gated";
    static final String REFUSED = "tahub.delivery-test.refused";
    static final String DROPPED_AT_COMMIT = "tahub.delivery-test.dropped-at-commit";

    private final InboxProcessing inbox;
    private final EntityManager em;
    /** How often the effect of each event id was started, whether its transaction committed or not. */
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public DeliveryConsumer(InboxProcessing inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("deliveries")
    public CompletionStage<Void> consume(Message<String> record) {
        return inbox.handle(CONSUMER, record, this::apply);
    }

    int attempts(String eventId) {
        AtomicInteger count = attempts.get(eventId);
        return count == null ? 0 : count.get();
    }

    private void apply(EventEnvelope event) {
        int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if (GATED.equals(event.type())) {
            em.createNativeQuery("select name from delivery_test_gate where name = ?1 for update")
                    .setParameter(1, event.subject()).getResultList();
        }
        em.createNativeQuery("insert into delivery_test_effect (event_id, subject, amount) values (?1, ?2, ?3)")
                .setParameter(1, UUID.fromString(event.id()))
                .setParameter(2, event.subject())
                .setParameter(3, REFUSED.equals(event.type()) ? -1 : 1)
                .executeUpdate();
        if (DROPPED_AT_COMMIT.equals(event.type()) && attempt == 1) {
            Object own = em.createNativeQuery("select pg_backend_pid()").getSingleResult();
            try (OtherSession operator = OtherSession.open()) {
                if (!Boolean.TRUE.equals(operator.query("select pg_terminate_backend(?, 10000)", own))) {
                    throw new IllegalStateException("the effect's connection was not terminated");
                }
            }
        }
    }
}
