package org.tahub.delivery.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.database.DatabaseFailures;

/**
 * How every consumer handles one record of a topic. The event's effect and the record of its id commit in one
 * transaction of their own, so a redelivery changes nothing and a crash leaves nothing half-done. What happens to the
 * record then depends on the outcome:
 * <ul>
 *   <li>applied (or applied before): the record is acknowledged, and its offset committed in time;</li>
 *   <li>not a valid event, or an effect that fails for a reason that would recur: the record is nacked, and the
 *   channel's dead-letter strategy sends it to the dead-letter topic with the reason; consumption goes on;</li>
 *   <li>a transient failure (the database restarting or unreachable), not the event's fault: the same event is tried
 *   again, waiting longer each time up to {@code tahub.inbox.max-backoff}; the partition waits meanwhile, which keeps
 *   each key's events in order;</li>
 *   <li>the service is stopping: the record is neither acknowledged nor nacked, so its offset is not committed and
 *   the next start (or another instance) receives it again.</li>
 * </ul>
 * Records are handled one at a time per channel (the connector waits for each returned stage), on threads of their
 * own; at shutdown the record in hand is finished before the database is closed (graceful stop, docs/reliability.md).
 */
@ApplicationScoped
public class InboxProcessing {

    private static final Logger LOG = Logger.getLogger(InboxProcessing.class);

    private final EventInbox inbox;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final Duration drainTimeout;
    private final Counter retries;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "inbox-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;

    public InboxProcessing(EventInbox inbox,
                           @ConfigProperty(name = "tahub.inbox.first-backoff", defaultValue = "200ms") Duration firstBackoff,
                           @ConfigProperty(name = "tahub.inbox.max-backoff", defaultValue = "5s") Duration maxBackoff,
                           @ConfigProperty(name = "tahub.inbox.drain-timeout", defaultValue = "10s") Duration drainTimeout,
                           MeterRegistry registry) {
        this.inbox = inbox;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.drainTimeout = drainTimeout;
        this.retries = registry.counter("tahub.inbox.retries");
    }

    /**
     * Handles one record for {@code consumer}: applies {@code effect} to its event once, then acknowledges or nacks
     * the record as the class comment says. The returned stage completes when the record is settled, and never
     * when the service stops before it could be.
     */
    public CompletionStage<Void> handle(String consumer, Message<String> record, Consumer<EventEnvelope> effect) {
        CompletableFuture<Void> settled = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                boolean applied;
                try {
                    applied = apply(consumer, record.getPayload(), effect);
                } catch (RuntimeException e) {
                    record.nack(e).whenComplete((v, t) -> settled.complete(null));
                    return;
                }
                if (applied) {
                    record.ack().whenComplete((v, t) -> settled.complete(null));
                } else {
                    LOG.infof("%s: stopping; the record at hand is left for the next start", consumer);
                }
            });
        } catch (RejectedExecutionException stopped) {
            LOG.debugf("%s: stopping; a record is left for the next start", consumer);
        }
        return settled;
    }

    /** Applies the event once; returns false, having done nothing, when the service is stopping. */
    private boolean apply(String consumer, String payload, Consumer<EventEnvelope> effect) {
        EventEnvelope event = EventCodec.read(payload);
        Duration wait = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            if (stopping) {
                return false;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (inbox.firstDelivery(consumer, event)) {
                        effect.accept(event);
                    } else {
                        LOG.debugf("%s: event %s already processed", consumer, event.id());
                    }
                });
                if (attempt > 1) {
                    LOG.infof("%s: event %s (%s) processed after %d attempts", consumer, event.id(), event.type(),
                            attempt);
                }
                return true;
            } catch (RuntimeException e) {
                if (!DatabaseFailures.isTransient(e)) {
                    throw e;
                }
                retries.increment();
                LOG.warnf("%s: event %s (%s) not processed yet, the database is unavailable (attempt %d); "
                        + "retrying in %d ms: %s", consumer, event.id(), event.type(), attempt, wait.toMillis(), e);
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                wait = wait.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : wait.multipliedBy(2);
            }
        }
    }

    /**
     * Graceful stop, before the database and the connectors close: no record is started any more, and the one in
     * hand is finished (up to {@code tahub.inbox.drain-timeout}).
     */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(drainTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("a record was still being processed after %s; its transaction is rolled back and the record "
                        + "comes again at the next start", drainTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
