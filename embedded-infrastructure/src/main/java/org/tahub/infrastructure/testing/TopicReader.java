package org.tahub.infrastructure.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from the real broker as an outside consumer would (its own group, from the beginning), for tests
 * that check what a service published. Every wait is bounded.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        Properties p = new Properties();
        p.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /**
     * Polls until a record matching {@code wanted} has been seen, or fails after {@code timeout}.
     * Returns the first matching record.
     */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ConsumerRecord<String, String> r : seen) {
                if (wanted.test(r)) {
                    return r;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching record on the topic within " + timeout + "; saw "
                        + seen.size() + " records");
            }
            consumer.poll(Duration.ofMillis(Math.min(TimeUnit.NANOSECONDS.toMillis(left), 500)))
                    .forEach(seen::add);
        }
    }

    /**
     * Polls until {@code count} records matching {@code wanted} have been seen, or fails after {@code timeout}.
     * Returns them in the order read.
     */
    public List<ConsumerRecord<String, String>> awaitAll(Predicate<ConsumerRecord<String, String>> wanted, int count,
                                                         Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> found = seen.stream().filter(wanted).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(found.size() + " of the " + count + " records wanted on the topic within "
                        + timeout + "; saw " + seen.size() + " records");
            }
            consumer.poll(Duration.ofMillis(Math.min(TimeUnit.NANOSECONDS.toMillis(left), 500))).forEach(seen::add);
        }
    }

    /** Every record read so far. */
    public List<ConsumerRecord<String, String>> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
