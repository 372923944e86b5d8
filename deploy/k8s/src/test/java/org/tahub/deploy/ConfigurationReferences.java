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
import java.util.stream.StreamSupport;
import org.tahub.deploy.Manifests.Document;

/**
 * Every reference to a Secret or a ConfigMap, wherever it is in a document (secretKeyRef, secretRef, a secret
 * volume or projection, imagePullSecrets, configMapKeyRef, configMapRef, a configMap volume), names one that
 * exists, with the key it names. Secrets are never committed: they are what something makes, the kustomization's
 * secretGenerator or an operator (CloudNativePG's {@code <cluster>-app}, Strimzi's per-user Secret and
 * {@code <cluster>-cluster-ca-cert}); ConfigMaps are the manifests' own (and the namespace's kube-root-ca.crt).
 */
final class ConfigurationReferences {

    static final Set<String> DATABASE_APP_KEYS = Set.of("username", "password", "host", "port", "dbname", "uri",
            "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri", "pgpass");
    static final Set<String> SCRAM_USER_KEYS = Set.of("password", "sasl.jaas.config");
    static final Set<String> TLS_USER_KEYS = Set.of("ca.crt", "user.crt", "user.key", "user.p12", "user.password");
    static final Set<String> CA_CERT_KEYS = Set.of("ca.crt", "ca.p12", "ca.password");

    private record Reference(Document document, String path, String kind, String name, Set<String> keys) {
    }

    private ConfigurationReferences() {
    }

    static List<String> violations(Manifests manifests) {
        Violations violations = new Violations();
        manifests.ofKind("Secret").forEach(secret -> violations.add(secret,
                "a Secret is committed: make it with the kustomization's secretGenerator from a git-ignored file"));
        Map<String, Optional<Set<String>>> secrets = secrets(manifests);
        Map<String, Optional<Set<String>>> configMaps = new LinkedHashMap<>();
        configMaps.put("kube-root-ca.crt", Optional.of(Set.of("ca.crt")));
        manifests.ofKind("ConfigMap").forEach(c -> {
            Set<String> keys = new LinkedHashSet<>();
            c.body().path("data").fieldNames().forEachRemaining(keys::add);
            c.body().path("binaryData").fieldNames().forEachRemaining(keys::add);
            configMaps.put(c.name(), Optional.of(keys));
        });
        for (Document document : manifests.documents()) {
            new Located("", document.body()).descendants()
                    .map(located -> reference(document, located)).flatMap(Optional::stream)
                    .forEach(reference -> check(reference, reference.kind().equals("Secret") ? secrets : configMaps, violations));
        }
        return violations.lines();
    }

    /** The Secrets something makes, with their keys (empty when they cannot be known). */
    static Map<String, Optional<Set<String>>> secrets(Manifests manifests) {
        Map<String, Optional<Set<String>>> secrets = new LinkedHashMap<>();
        manifests.generatedSecrets().forEach(s -> secrets.put(s.name(), s.keys()));
        manifests.ofKind("Cluster").filter(c -> c.group().equals("postgresql.cnpg.io")).forEach(cluster -> {
            if (!cluster.spec().path("bootstrap").path("initdb").has("secret")) {
                secrets.put(cluster.name() + "-app", Optional.of(DATABASE_APP_KEYS));
            }
            if (cluster.spec().path("enableSuperuserAccess").asBoolean(false)) {
                secrets.put(cluster.name() + "-superuser", Optional.of(DATABASE_APP_KEYS));
            }
        });
        manifests.ofKind("KafkaUser").forEach(user -> secrets.put(user.name(), Optional.of(
                user.spec().path("authentication").path("type").asText().equals("scram-sha-512") ? SCRAM_USER_KEYS : TLS_USER_KEYS)));
        manifests.ofKind("Kafka").forEach(kafka -> {
            secrets.put(kafka.name() + "-cluster-ca-cert", Optional.of(CA_CERT_KEYS));
            secrets.put(kafka.name() + "-clients-ca-cert", Optional.of(CA_CERT_KEYS));
        });
        return secrets;
    }

    private static Optional<Reference> reference(Document document, Located located) {
        JsonNode node = located.node();
        if (!node.isObject()) {
            return Optional.empty();
        }
        String path = located.path();
        return switch (located.field()) {
            case "secretKeyRef" -> Optional.of(new Reference(document, path, "Secret", node.path("name").asText(), Set.of(node.path("key").asText())));
            case "secretRef" -> Optional.of(new Reference(document, path, "Secret", node.path("name").asText(), Set.of()));
            case "secret" -> node.has("secretName") || node.has("name")
                    ? Optional.of(new Reference(document, path, "Secret", node.path(node.has("secretName") ? "secretName" : "name").asText(), itemKeys(node)))
                    : Optional.empty();
            case "configMapKeyRef" -> Optional.of(new Reference(document, path, "ConfigMap", node.path("name").asText(), Set.of(node.path("key").asText())));
            case "configMapRef" -> Optional.of(new Reference(document, path, "ConfigMap", node.path("name").asText(), Set.of()));
            case "configMap" -> node.has("name")
                    ? Optional.of(new Reference(document, path, "ConfigMap", node.path("name").asText(), itemKeys(node)))
                    : Optional.empty();
            default -> path.matches(".*imagePullSecrets\\[\\d+]")
                    ? Optional.of(new Reference(document, path, "Secret", node.path("name").asText(), Set.of()))
                    : Optional.empty();
        };
    }

    private static Set<String> itemKeys(JsonNode volume) {
        return StreamSupport.stream(volume.path("items").spliterator(), false).map(i -> i.path("key").asText())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void check(Reference reference, Map<String, Optional<Set<String>>> existing, Violations violations) {
        Optional<Set<String>> keys = existing.get(reference.name());
        if (keys == null) {
            violations.add(reference.document(), reference.path() + ": " + reference.kind() + " '" + reference.name()
                    + "' is made by nothing (" + (reference.kind().equals("Secret")
                    ? "secretGenerator, a CloudNativePG Cluster, a KafkaUser or a Kafka" : "no ConfigMap of that name") + ")");
            return;
        }
        keys.ifPresent(known -> reference.keys().stream().filter(k -> !known.contains(k)).forEach(k -> violations.add(
                reference.document(), reference.path() + ": " + reference.kind() + " '" + reference.name() + "' has no key '"
                        + k + "' (it has " + new TreeSet<>(known) + ")")));
    }
}
