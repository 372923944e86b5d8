package org.tahub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.tahub.deploy.Manifests.Document;
import org.tahub.events.Topic;

/**
 * The KafkaUsers and their ACLs, as Kafka's authorizer (Strimzi's {@code simple} authorization) reads them: one user
 * per service and for the gateway and the CTC liaison, nothing else; SCRAM-SHA-512; each service may write the
 * topics it produces (its {@link Topic#owner()} topics and its dead-letter topics), read the topics and groups it
 * consumes, and write nothing else; the gateway reads the dead-letter topics and writes the topics they came from;
 * only matching-service and the liaison read the confidential assessments.
 */
final class KafkaUsers {

    static final String GATEWAY = "gateway";
    static final String LIAISON = "ctc-liaison";
    static final String DEAD_LETTER_GROUP_PREFIX = "tahub-gateway-dead-letters-";
    private static final Set<String> MAY_READ_ASSESSMENTS = Set.of("matching-service", LIAISON);
    /** Kafka's authorizer: these operations imply Describe. */
    private static final Set<String> IMPLY_DESCRIBE = Set.of("Read", "Write", "Delete", "Alter");

    /** One ACL entry of a KafkaUser. */
    record Acl(boolean allow, String resourceType, String name, boolean prefix, Set<String> operations) {

        static Acl of(JsonNode entry) {
            JsonNode resource = entry.path("resource");
            Set<String> operations = StreamSupport.stream(entry.path("operations").spliterator(), false)
                    .map(JsonNode::asText).collect(Collectors.toSet());
            return new Acl(!entry.path("type").asText("allow").equals("deny"), resource.path("type").asText(),
                    resource.path("name").asText("*"), resource.path("patternType").asText("literal").equals("prefix"), operations);
        }

        boolean covers(String type, String resourceName, String operation) {
            boolean named = type.equals("cluster") || (prefix ? resourceName.startsWith(name) : name.equals("*") || name.equals(resourceName));
            boolean operated = operations.contains(operation) || operations.contains("All")
                    || (operation.equals("Describe") && operations.stream().anyMatch(IMPLY_DESCRIBE::contains));
            return resourceType.equals(type) && named && operated;
        }
    }

    private KafkaUsers() {
    }

    static List<Acl> acls(Document user) {
        return StreamSupport.stream(user.spec().path("authorization").path("acls").spliterator(), false).map(Acl::of).toList();
    }

    /** Whether the user's ACLs allow the operation: an allow entry covers it and no deny entry does. */
    static boolean allows(Document user, String type, String name, String operation) {
        List<Acl> acls = acls(user);
        return acls.stream().anyMatch(a -> a.allow() && a.covers(type, name, operation))
                && acls.stream().noneMatch(a -> !a.allow() && a.covers(type, name, operation));
    }

    static List<String> violations(Manifests manifests, List<ServiceConfig> services) {
        Violations violations = new Violations();
        Map<String, ServiceConfig> configs = services.stream().collect(Collectors.toMap(ServiceConfig::service, s -> s));
        Set<String> clusters = manifests.ofKind("Kafka").map(Document::name).collect(Collectors.toSet());
        Map<String, Set<String>> produced = produced(services);
        Set<String> allowedUsers = new TreeSet<>(produced.keySet());
        allowedUsers.add(LIAISON);
        Set<String> knownTopics = new TreeSet<>(KafkaTopics.byTopicName(manifests).keySet());
        produced.values().forEach(knownTopics::addAll);
        services.forEach(s -> s.incoming().forEach(c -> knownTopics.add(c.topic())));

        for (String required : produced.keySet()) {
            if (manifests.find("KafkaUser", required).isEmpty()) {
                violations.add("no KafkaUser " + required);
            }
        }
        for (Document user : manifests.ofKind("KafkaUser").toList()) {
            String name = user.name();
            if (!allowedUsers.contains(name)) {
                violations.add(user, "no such service: the only Kafka users are " + allowedUsers);
            }
            if (!user.spec().path("authentication").path("type").asText().equals("scram-sha-512")) {
                violations.add(user, "spec.authentication.type must be scram-sha-512");
            }
            if (!user.spec().path("authorization").path("type").asText().equals("simple")) {
                violations.add(user, "spec.authorization.type must be simple");
            }
            String cluster = user.labels().getOrDefault(KafkaTopics.CLUSTER_LABEL, "");
            if (!clusters.contains(cluster)) {
                violations.add(user, "label " + KafkaTopics.CLUSTER_LABEL + " '" + cluster + "' names no Kafka of the manifests " + clusters);
            }
            Set<String> writes = produced.getOrDefault(name, Set.of());
            for (String topic : writes) {
                require(user, "topic", topic, "Write", violations);
                require(user, "topic", topic, "Describe", violations);
            }
            Optional.ofNullable(configs.get(name)).ifPresent(config -> config.incoming().forEach(channel -> {
                require(user, "topic", channel.topic(), "Read", violations);
                require(user, "topic", channel.topic(), "Describe", violations);
                require(user, "group", channel.group(), "Read", violations);
            }));
            if (name.equals(GATEWAY)) {
                deadLetterTopics(services).keySet().forEach(dlq -> {
                    require(user, "topic", dlq, "Read", violations);
                    require(user, "topic", dlq, "Describe", violations);
                });
                require(user, "group", DEAD_LETTER_GROUP_PREFIX + "00000000-0000-0000-0000-000000000000", "Read", violations);
            }
            for (String topic : knownTopics) {
                if (!writes.contains(topic) && allows(user, "topic", topic, "Write")) {
                    violations.add(user, "may Write to " + topic + ", which it does not produce");
                }
            }
            acls(user).stream().filter(a -> a.allow() && a.resourceType().equals("topic") && (a.prefix() || a.name().equals("*"))
                            && (a.operations().contains("Write") || a.operations().contains("All")))
                    .forEach(a -> violations.add(user, "may Write to every topic " + (a.prefix() ? "named " + a.name() + "..." : "(*)")));
            if (allows(user, "topic", Topic.ASSESSMENTS.topicName(), "Read") && !MAY_READ_ASSESSMENTS.contains(name)) {
                violations.add(user, "may Read " + Topic.ASSESSMENTS.topicName() + ", which carries confidential assessments: only "
                        + new TreeSet<>(MAY_READ_ASSESSMENTS) + " may");
            }
        }
        return violations.lines();
    }

    private static void require(Document user, String type, String name, String operation, Violations violations) {
        if (!allows(user, type, name, operation)) {
            violations.add(user, "no ACL allows " + operation + " on " + type + " " + name);
        }
    }

    /**
     * The topics each user writes to: a service its {@link Topic#owner()} topics, its outgoing channels' topics and its
     * dead-letter topics; the gateway the topics the dead letters came from (it replays them); the liaison none.
     */
    static Map<String, Set<String>> produced(List<ServiceConfig> services) {
        Map<String, Set<String>> produced = new LinkedHashMap<>();
        for (ServiceConfig service : services) {
            Set<String> topics = new LinkedHashSet<>(service.outgoingTopics());
            Stream.of(Topic.values()).filter(t -> t.owner().equals(service.service())).map(Topic::topicName).forEach(topics::add);
            service.incoming().forEach(channel -> channel.deadLetterTopic().ifPresent(topics::add));
            produced.put(service.service(), topics);
        }
        produced.computeIfAbsent(GATEWAY, g -> new LinkedHashSet<>()).addAll(deadLetterTopics(services).values());
        return produced;
    }

    /** Every dead-letter topic of the services, with the topic its letters came from. */
    static Map<String, String> deadLetterTopics(List<ServiceConfig> services) {
        Map<String, String> topics = new LinkedHashMap<>();
        services.forEach(s -> s.incoming().forEach(c -> c.deadLetterTopic().ifPresent(dlq -> topics.put(dlq, c.topic()))));
        return topics;
    }
}
