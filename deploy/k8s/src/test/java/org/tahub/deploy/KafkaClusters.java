package org.tahub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.tahub.deploy.Manifests.Document;

/**
 * Each Kafka (KRaft, Strimzi's KafkaNodePools) survives the loss of a node: 3 controllers and 3 brokers among its
 * node pools, default.replication.factor 3 and min.insync.replicas 2; it enforces the KafkaUsers (simple
 * authorization, a SCRAM-SHA-512 listener) and runs the operators that make the KafkaTopics and KafkaUsers real.
 */
final class KafkaClusters {

    private KafkaClusters() {
    }

    static List<String> violations(Manifests manifests) {
        Violations violations = new Violations();
        Set<String> clusters = manifests.ofKind("Kafka").map(Document::name).collect(Collectors.toSet());
        List<Document> pools = manifests.ofKind("KafkaNodePool").toList();
        for (Document pool : pools) {
            String cluster = pool.labels().getOrDefault(KafkaTopics.CLUSTER_LABEL, "");
            if (!clusters.contains(cluster)) {
                violations.add(pool, "label " + KafkaTopics.CLUSTER_LABEL + " '" + cluster + "' names no Kafka of the manifests " + clusters);
            }
        }
        for (Document kafka : manifests.ofKind("Kafka").toList()) {
            List<Document> own = pools.stream().filter(p -> kafka.name().equals(p.labels().get(KafkaTopics.CLUSTER_LABEL))).toList();
            int controllers = nodes(own, "controller");
            int brokers = nodes(own, "broker");
            if (controllers != 3 || brokers != 3) {
                violations.add(kafka, "its KafkaNodePools " + own.stream().map(Document::name).toList() + " have " + controllers
                        + " controller(s) and " + brokers + " broker(s); 3 and 3 are needed");
            }
            JsonNode config = kafka.spec().path("kafka").path("config");
            if (!config.path("default.replication.factor").asText().equals("3")) {
                violations.add(kafka, "spec.kafka.config.default.replication.factor must be 3 (is " + config.path("default.replication.factor") + ")");
            }
            if (!config.path("min.insync.replicas").asText().equals("2")) {
                violations.add(kafka, "spec.kafka.config.min.insync.replicas must be 2 (is " + config.path("min.insync.replicas") + ")");
            }
            if (!kafka.spec().path("kafka").path("authorization").path("type").asText().equals("simple")) {
                violations.add(kafka, "spec.kafka.authorization.type must be simple, or the KafkaUsers' ACLs are not enforced");
            }
            boolean scram = StreamSupport.stream(kafka.spec().path("kafka").path("listeners").spliterator(), false)
                    .anyMatch(l -> l.path("authentication").path("type").asText().equals("scram-sha-512"));
            if (!scram) {
                violations.add(kafka, "no listener has authentication scram-sha-512, which the KafkaUsers use");
            }
            for (String operator : List.of("topicOperator", "userOperator")) {
                if (!kafka.spec().path("entityOperator").has(operator)) {
                    violations.add(kafka, "spec.entityOperator." + operator + " is missing: its KafkaTopics/KafkaUsers would not be made");
                }
            }
        }
        return violations.lines();
    }

    private static int nodes(List<Document> pools, String role) {
        return pools.stream().filter(p -> StreamSupport.stream(p.spec().path("roles").spliterator(), false).anyMatch(r -> r.asText().equals(role)))
                .mapToInt(p -> p.spec().path("replicas").asInt(0)).sum();
    }
}
