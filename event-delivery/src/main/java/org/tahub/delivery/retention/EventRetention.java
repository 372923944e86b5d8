package org.tahub.delivery.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the outbox and the inbox from growing forever. Once an hour, one instance per database (an advisory lock
 * elects it) deletes, in batches of its own transactions:
 * <ul>
 *   <li>outbox rows published longer ago than {@code tahub.outbox.retention} (7 days): Kafka has them, and an
 *   operator looking into a delivery has a week; a row not yet published is never deleted, however old;</li>
 *   <li>processed-event ids recorded longer ago than {@code tahub.inbox.retention} (120 days): longer than the 90 days
 *   the time-based topics keep their records, so any redelivery they can make is still recognised. A consumer group
 *   reset to the beginning of a compacted topic reads older events again: their consumers keep each entry's latest
 *   version and ignore an older one, so that converges (docs/operations.md, "Retention").</li>
 * </ul>
 */
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class);
    /** Advisory-lock key of the pruning: any constant unique within the service's database. */
    private static final long PRUNING_LOCK = 0x7461687570L;
    /** Rows deleted per transaction: short transactions, no long lock on the tables the relay and consumers use. */
    static final int BATCH = 5_000;

    /** What one pass deleted. */
    public record Pruned(long outboxRows, long processedIds) {
    }

    private final EntityManager em;
    private final Duration outboxRetention;
    private final Duration inboxRetention;
    private final Counter outboxPruned;
    private final Counter inboxPruned;

    public EventRetention(EntityManager em,
                          @ConfigProperty(name = "tahub.outbox.retention", defaultValue = "P7D") Duration outboxRetention,
                          @ConfigProperty(name = "tahub.inbox.retention", defaultValue = "P120D") Duration inboxRetention,
                          MeterRegistry registry) {
        this.em = em;
        this.outboxRetention = outboxRetention;
        this.inboxRetention = inboxRetention;
        this.outboxPruned = registry.counter("tahub.outbox.pruned");
        this.inboxPruned = registry.counter("tahub.inbox.pruned");
    }

    @Scheduled(every = "${tahub.retention.interval:1h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Pruned pruned = prune();
            if (pruned.outboxRows() + pruned.processedIds() > 0) {
                LOG.infof("pruned %d published outbox rows older than %s and %d processed-event ids older than %s",
                        pruned.outboxRows(), outboxRetention, pruned.processedIds(), inboxRetention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("pruning the outbox and inbox failed, the next pass retries: %s", e.toString());
        }
    }

    /** One pass, now: everything past its retention is deleted (unless another instance is pruning). */
    public Pruned prune() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long outbox = batches("delete from outbox_event where sequence in (select sequence from outbox_event "
                + "where published_at < ?1 order by sequence limit ?2)", now.minus(outboxRetention));
        long inbox = batches("delete from processed_event where (consumer, event_id) in (select consumer, event_id "
                + "from processed_event where processed_at < ?1 order by processed_at limit ?2)",
                now.minus(inboxRetention));
        outboxPruned.increment(outbox);
        inboxPruned.increment(inbox);
        return new Pruned(outbox, inbox);
    }

    private long batches(String delete, OffsetDateTime before) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> {
                Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                        .setParameter(1, PRUNING_LOCK).getSingleResult();
                if (!Boolean.TRUE.equals(mine)) {
                    return 0;
                }
                return em.createNativeQuery(delete).setParameter(1, before).setParameter(2, BATCH).executeUpdate();
            });
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
