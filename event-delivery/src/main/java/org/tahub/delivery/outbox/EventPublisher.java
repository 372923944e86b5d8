package org.tahub.delivery.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
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
    private final EntityManager em;

    public EventPublisher(@ConfigProperty(name = "tahub.events.source") String source,
                          @ConfigProperty(name = "tahub.events.deprecated-versions", defaultValue = "true")
                          boolean deprecatedVersions,
                          TransactionSynchronizationRegistry transactions, OutboxRelay relay, EntityManager em) {
        this.source = source;
        this.deprecatedVersions = deprecatedVersions;
        this.transactions = transactions;
        this.relay = relay;
        this.em = em;
    }

    /** One event to publish: what happened, its Kafka key, the resource it is about and its payload record. */
    public record Event(EventType type, String key, String subject, Object payload) {
    }

    /**
     * Publishes the older version of an event just published in its successor's version, so that consumers not yet
     * moved keep receiving it until its sunset (docs/events.md, "Versions"). Call it after publishing the successor:
     * a consumer that reads both finds the new version first. Nothing is published once
     * {@code tahub.events.deprecated-versions} is false (the operator's switch after the sunset).
     *
     * <p>A deprecated version is frozen, and its payload a mapping of the successor's (e.g. {@code toV1}): it is
     * written straight from its record and not checked against its schema here, as every current event is; the tests
     * of each producer check it (MatchingTest reads the deprecated match.proposed off Kafka and validates it). At an
     * assessment's 600 KB standing set, building its tree and checking it cost a full matching round a fifth of its
     * time (docs/performance.md).
     *
     * @return the event's attributes (without its data), or null when deprecated versions are no longer sent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publishDeprecated(EventType type, String key, String subject, Supplier<Object> payload) {
        if (!type.deprecated()) {
            throw new IllegalArgumentException(type.type() + " is the current version, not a deprecated one");
        }
        if (!deprecatedVersions) {
            return null;
        }
        EventEnvelope attributes = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source,
                type.type(), subject, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                EventEnvelope.DATA_CONTENT_TYPE, type.dataschema(), null);
        persist(type, key, attributes, EventCodec.write(attributes, payload.get()));
        return attributes;
    }

    /**
     * @param type    what happened
     * @param key     the Kafka key (slug, code or ISO3): events with the same key keep their order
     * @param subject the resource the event is about, e.g. {@code activities/V.4}
     * @param payload the payload record of {@code type}'s schema
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(EventType type, String key, String subject, Object payload) {
        EventEnvelope envelope = checked(type, subject, payload);
        persist(type, key, envelope, EventCodec.write(envelope));
        return envelope;
    }

    private void persist(EventType type, String key, EventEnvelope envelope, String json) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(envelope.id());
        row.topic = type.topic().topicName();
        row.key = key;
        row.type = type.type();
        row.envelope = json;
        row.createdAt = envelope.time();
        row.persist();
        wakeRelayAfterCommit();
    }

    /**
     * Publishes many events at once, in their order, as {@link #publish} does one: a matching round announces each
     * proposal it made or changed, up to thousands in one transaction. The rows go to the outbox in JDBC batches
     * (the driver rewrites them into multi-row inserts), after everything published before in the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> publishAll(List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        for (Event e : events) {
            envelopes.add(checked(e.type(), e.subject(), e.payload()));
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event (event_id, topic, "
                    + "message_key, event_type, envelope, created_at, attempts) values (?, ?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < events.size(); i++) {
                    Event e = events.get(i);
                    EventEnvelope envelope = envelopes.get(i);
                    insert.setObject(1, UUID.fromString(envelope.id()));
                    insert.setString(2, e.type().topic().topicName());
                    insert.setString(3, e.key());
                    insert.setString(4, e.type().type());
                    insert.setString(5, EventCodec.write(envelope));
                    insert.setObject(6, envelope.time());
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        wakeRelayAfterCommit();
        return envelopes;
    }

    private static final int BATCH = 500;

    /**
     * Writes a row that refers to events instead of carrying them: the service's {@link OutboxReference} for
     * {@code type} builds them when the relay sends the row, in its place in the outbox's order. For changes too many
     * to write one row each (a round rewriting every proposal of an assessment); the records built are checked
     * against their schemas then.
     *
     * @param type      the reference's internal type ({@link OutboxReference#type()})
     * @param topic     the topic its records go to, for the operators reading the outbox
     * @param key       what the reference is about (an assessment's id)
     * @param reference what the builder needs to find the changes, as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishReference(String type, String topic, String key, String reference) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.topic = topic;
        row.key = key;
        row.type = type;
        row.envelope = reference;
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        row.persist();
        wakeRelayAfterCommit();
    }

    /** The event's envelope, checked against its schema: a service cannot publish an event that breaks its contract. */
    private EventEnvelope checked(EventType type, String subject, Object payload) {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source,
                type.type(), subject, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                EventEnvelope.DATA_CONTENT_TYPE, type.dataschema(), EventCodec.toData(payload));
        List<String> violations = EventSchemas.violations(envelope);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("event " + type.type() + " for " + subject
                    + " breaks its contract: " + violations);
        }
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
