package org.tahub.gateway.deadletters;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import io.smallrye.common.annotation.Identifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;

/**
 * The dead letters of every consumer (topics named {@code <topic>.dlq.<consumer>}, where SmallRye puts what a
 * consumer could not process, with the reason in headers), read for an admin, and replayed to the topic they came
 * from: consumers are idempotent, so a replayed message that was in fact processed changes nothing.
 */
@ApplicationScoped
public class DeadLetters {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(DeadLetters.class);
    public static final String REPLAYED_FROM = "tahub-replayed-from";
    private static final Duration READ_BOUND = Duration.ofSeconds(10);
    private static final int MAX_VALUE = 4000;

    /** The connection settings of every Kafka client of this process: Quarkus's {@code kafka.*} configuration. */
    private final Map<String, Object> broker;
    private final String bootstrap;

    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.broker = Map.copyOf(broker);
        this.bootstrap = String.valueOf(broker.get("bootstrap.servers"));
    }

    /** The dead letters of one dead-letter topic, or of all of them, newest first. */
    public List<DeadLetterView> list(String topic, int limit) {
        List<String> topics = topic == null ? deadLetterTopics() : List.of(requireDeadLetterTopic(topic));
        List<DeadLetterView> out = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (String t : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(t, READ_BOUND).stream()
                        .map(p -> new TopicPartition(t, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_BOUND);
                long deadline = System.nanoTime() + READ_BOUND.toNanos();
                while (partitions.stream().anyMatch(p -> consumer.position(p, READ_BOUND) < end.get(p))
                        && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(view(r)));
                }
            }
        }
        return out.stream().sorted(Comparator.comparing(DeadLetterView::at).reversed()).limit(limit).toList();
    }

    /** Puts one dead letter back on the topic it came from, with the same key and value. */
    public DeadLetterView replay(String topic, int partition, long offset) {
        requireDeadLetterTopic(topic);
        ConsumerRecord<String, String> record = null;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(topic, partition);
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + READ_BOUND.toNanos();
            while (record == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == offset) {
                        record = r;
                    }
                }
            }
        } catch (IllegalArgumentException | org.apache.kafka.common.KafkaException e) {
            record = null;
        }
        if (record == null) {
            throw ProblemException.notFound("dead letter " + topic + "/" + partition + "/" + offset);
        }
        DeadLetterView view = view(record);
        String target = view.originalTopic() != null ? view.originalTopic() : topic.substring(0, topic.indexOf(".dlq."));
        Properties p = connection();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> out = new ProducerRecord<>(target, record.key(), record.value());
            out.headers().add(REPLAYED_FROM, (topic + "/" + partition + "/" + offset).getBytes(StandardCharsets.UTF_8));
            producer.send(out).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new ProblemException(Problem.of(503, "Service Unavailable", "broker-unavailable",
                    "the dead letter could not be replayed to " + target + " (" + e.getMessage() + "); try again later",
                    List.of()));
        }
        return new DeadLetterView(view.topic(), view.partition(), view.offset(), view.at(), view.key(), view.value(),
                target, view.originalPartition(), view.originalOffset(), view.reason(), view.cause(),
                topic + "/" + partition + "/" + offset);
    }

    private List<String> deadLetterTopics() {
        Properties p = connection();
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READ_BOUND.toMillis());
        // The client refuses an API timeout shorter than its request timeout (30 s by default).
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) READ_BOUND.toMillis() / 2);
        try (Admin admin = Admin.create(p)) {
            return admin.listTopics().names().get(READ_BOUND.toSeconds(), TimeUnit.SECONDS).stream()
                    .filter(t -> t.contains(".dlq.")).sorted().toList();
        } catch (Exception e) {
            LOG.warnf(e, "could not list the topics of %s", bootstrap);
            throw new ProblemException(Problem.of(503, "Service Unavailable", "broker-unavailable",
                    "the broker cannot be reached to list dead letters; try again later", List.of()));
        }
    }

    /** Where the brokers are and how to authenticate to them (TLS, SASL), as the configuration says. */
    private Properties connection() {
        Properties p = new Properties();
        p.putAll(broker);
        return p;
    }

    private static String requireDeadLetterTopic(String topic) {
        if (!topic.contains(".dlq.")) {
            throw ProblemException.badRequest("topic", "'" + topic + "' is not a dead-letter topic (<topic>.dlq.<consumer>)");
        }
        return topic;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = connection();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "tahub-gateway-dead-letters-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READ_BOUND.toMillis());
        p.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) READ_BOUND.toMillis() / 2);
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static DeadLetterView view(ConsumerRecord<String, String> r) {
        String value = r.value();
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE) + "...";
        }
        String partition = header(r, "dead-letter-partition");
        String offset = header(r, "dead-letter-offset");
        return new DeadLetterView(r.topic(), r.partition(), r.offset(),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(r.timestamp()), ZoneOffset.UTC), r.key(), value,
                header(r, "dead-letter-topic"), partition == null ? null : Integer.valueOf(partition),
                offset == null ? null : Long.valueOf(offset), header(r, "dead-letter-reason"),
                header(r, "dead-letter-cause"), header(r, REPLAYED_FROM));
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
