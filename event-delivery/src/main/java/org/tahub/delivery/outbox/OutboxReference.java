package org.tahub.delivery.outbox;

import java.util.List;

/**
 * Builds, when the relay sends it, the records an outbox row refers to instead of carrying them. A matching round
 * that changes hundreds of proposals writes one row naming the round, not one row per proposal; the relay asks the
 * service's {@code OutboxReference} for that row's type to read the proposals as they are and make their records.
 * A record so built carries the state of its subject when it is sent (a proposal changed again before the relay
 * came to it is sent once, as it is then), which suits a compacted topic whose consumers keep the latest record per
 * key. Records of one row are sent in the order returned; the row is marked published once all are acknowledged.
 */
public interface OutboxReference {

    /** The outbox event type of the rows this builds records for: an internal name, never a published event type. */
    String type();

    /** The records the row stands for, in order, read in the relay's transaction; none when nothing is left. */
    List<Record> records(OutboxEvent row);

    /** One Kafka record: where it goes, its key and its CloudEvent in structured mode. */
    record Record(String topic, String key, String envelope) {
    }
}
