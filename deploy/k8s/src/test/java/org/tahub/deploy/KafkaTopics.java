package org.tahub.deploy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.TopicConfig;
import org.tahub.deploy.Manifests.Document;
import org.tahub.events.Topic;

/**
 * Every topic the code uses has its KafkaTopic, and every KafkaTopic is one the code uses: each {@link Topic}
 * (compacted as it says) and each dead-letter topic of the services' configuration; each with 3 replicas and
 * min.insync.replicas 2, config names Kafka knows (the CRD accepts any), in a Kafka of the manifests.
 */
final class KafkaTopics {

    static final String CLUSTER_LABEL = "strimzi.io/cluster";

    /** The topic-level configuration names of Kafka (TopicConfig's *_CONFIG constants). */
    private static final Set<String> TOPIC_CONFIGS = Arrays.stream(TopicConfig.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().endsWith("_CONFIG") && f.getType() == String.class)
            .map(KafkaTopics::constant).collect(Collectors.toSet());

    private KafkaTopics() {
    }

    /** The KafkaTopics by the name of their topic ({@code spec.topicName}, or else {@code metadata.name}). */
    static Map<String, Document> byTopicName(Manifests manifests) {
        Map<String, Document> topics = new LinkedHashMap<>();
        manifests.ofKind("KafkaTopic").forEach(t -> topics.put(t.spec().path("topicName").asText(t.name()), t));
        return topics;
    }

    static List<String> violations(Manifests manifests, List<ServiceConfig> services) {
        Violations violations = new Violations();
        Map<String, Document> topics = byTopicName(manifests);
        Set<String> clusters = manifests.ofKind("Kafka").map(Document::name).collect(Collectors.toSet());
        Set<String> used = new LinkedHashSet<>();
        for (Topic topic : Topic.values()) {
            used.add(topic.topicName());
            Document declared = topics.get(topic.topicName());
            if (declared == null) {
                violations.add("Topic." + topic + " (" + topic.topicName() + ") has no KafkaTopic");
                continue;
            }
            boolean compacts = Arrays.asList(declared.spec().path("config").path("cleanup.policy").asText("delete").split(","))
                    .contains("compact");
            if (topic.compacted() != compacts) {
                violations.add(declared, "Topic." + topic + (topic.compacted() ? " is compacted: spec.config.cleanup.policy must be compact"
                        : " is not compacted, but spec.config.cleanup.policy compacts it"));
            }
        }
        for (ServiceConfig service : services) {
            for (ServiceConfig.Incoming channel : service.incoming()) {
                used.add(channel.topic());
                if (!topics.containsKey(channel.topic())) {
                    violations.add(service.service() + " consumes " + channel.topic() + " (channel " + channel.channel() + "), which has no KafkaTopic");
                }
                channel.deadLetterTopic().ifPresent(dlq -> {
                    used.add(dlq);
                    if (!topics.containsKey(dlq)) {
                        violations.add("the dead-letter topic " + dlq + " of " + service.service() + " (channel " + channel.channel() + ") has no KafkaTopic");
                    }
                });
            }
            for (String topic : service.outgoingTopics()) {
                used.add(topic);
                if (!topics.containsKey(topic)) {
                    violations.add(service.service() + " produces to " + topic + ", which has no KafkaTopic");
                }
            }
        }
        topics.forEach((name, topic) -> {
            if (!used.contains(name)) {
                violations.add(topic, "no code uses topic " + name + " (neither Topic nor a service's configuration)");
            }
            if (topic.spec().path("replicas").asInt(0) != 3) {
                violations.add(topic, "spec.replicas must be 3 (is " + topic.spec().path("replicas") + ")");
            }
            if (!topic.spec().path("config").path("min.insync.replicas").asText().equals("2")) {
                violations.add(topic, "spec.config.min.insync.replicas must be 2 (is " + topic.spec().path("config").path("min.insync.replicas") + ")");
            }
            topic.spec().path("config").fieldNames().forEachRemaining(key -> {
                if (!TOPIC_CONFIGS.contains(key)) {
                    violations.add(topic, "spec.config." + key + " is not a topic configuration of Kafka");
                }
            });
            String cluster = topic.labels().getOrDefault(CLUSTER_LABEL, "");
            if (!clusters.contains(cluster)) {
                violations.add(topic, "label " + CLUSTER_LABEL + " '" + cluster + "' names no Kafka of the manifests " + clusters);
            }
        });
        return violations.lines();
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
