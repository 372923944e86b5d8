package org.tahub.delivery.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventSchemas;
import org.tahub.events.EventType;

/**
 * Publishes an event by writing it to the outbox inside the caller's transaction: the event leaves if and only if
 * the change it announces commits. It is checked against its JSON Schema first, so a service cannot publish an
 * event that breaks its contract.
 */
@ApplicationScoped
public class EventPublisher {

    private final String source;
    private final boolean deprecatedVersions;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public EventPublisher(@ConfigProperty(name = "tahub.events.source") String source,
                          @ConfigProperty(name = "tahub.events.deprecated-versions", defaultValue = "true")
                          boolean deprecatedVersions,
                          TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.source = source;
        this.deprecatedVersions = deprecatedVersions;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Publishes the older version of an event just published in its successor's version, so that consumers not yet
     * moved keep receiving it until its sunset (docs/events.md, "Versions"). Call it after publishing the successor:
     * a consumer that reads both finds the new version first. Nothing is published once
     * {@code tahub.events.deprecated-versions} is false (the operator's switch after the sunset).
     *
     * @return the event published, or null when deprecated versions are no longer sent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publishDeprecated(EventType type, String key, String subject, Supplier<Object> payload) {
        if (!type.deprecated()) {
            throw new IllegalArgumentException(type.type() + " is the current version, not a deprecated one");
        }
        return deprecatedVersions ? publish(type, key, subject, payload.get()) : null;
    }

    /**
     * @param type    what happened
     * @param key     the Kafka key (slug, code or ISO3): events with the same key keep their order
     * @param subject the resource the event is about, e.g. {@code activities/V.4}
     * @param payload the payload record of {@code type}'s schema
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(EventType type, String key, String subject, Object payload) {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source,
                type.type(), subject, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                EventEnvelope.DATA_CONTENT_TYPE, type.dataschema(), EventCodec.toData(payload));
        List<String> violations = EventSchemas.violations(envelope);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("event " + type.type() + " for " + subject
                    + " breaks its contract: " + violations);
        }
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(envelope.id());
        row.topic = type.topic().topicName();
        row.key = key;
        row.type = type.type();
        row.envelope = EventCodec.write(envelope);
        row.createdAt = envelope.time();
        row.persist();
        wakeRelayAfterCommit();
        return envelope;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return;
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
