package org.tahub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tahub.deploy.Violations.assertNone;
import static org.tahub.deploy.Violations.assertReported;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomResourcesTest {

    private static CustomResources crds;

    @BeforeAll
    static void loadCrds() {
        crds = CustomResources.fromClassPath();
    }

    @Test
    void everyCustomResourceIsValidAgainstItsCrd() {
        assertNone("custom resources against their CRDs", crds.violations(Manifests.production()));
    }

    @Test
    void reportsMisspeltFieldsWrongTypesAndUnservedVersions() {
        List<String> violations = crds.violations(Manifests.onClassPath("broken"));

        assertReported(violations, "topics.yaml#1 KafkaTopic/tahub.catalogue.v1", "partition", "is not defined in the schema");
        assertReported(violations, "topics.yaml#2 KafkaTopic/tahub.unused.v1", "$.spec.replicas", "integer");
        assertReported(violations, "kafka.yaml#2 Kafka/broken-kafka", "$.spec.kafka", "listeners");
        assertReported(violations, "kafka.yaml#1 KafkaNodePool/broken-pool", "kafka.strimzi.io/v1beta2 is not served");
        assertReported(violations, "unknown-kind.yaml#2 KafkaConnector/connector", "no CRD defines kind KafkaConnector");
        assertReported(violations, "postgres.yaml#1 Cluster/matching-db", "unknown field metadata.label");
    }

    @Test
    void closesObjectSchemasButNotValueConstraintsNorPreservedOnes() {
        ObjectNode schema = (ObjectNode) Manifests.YAML.valueToTree(Map.of(
                "type", "object",
                "properties", Map.of(
                        "port", Map.of("x-kubernetes-int-or-string", true),
                        "config", Map.of("type", "object", "x-kubernetes-preserve-unknown-fields", true),
                        "labels", Map.of("type", "object", "additionalProperties", Map.of("type", "string"))),
                "oneOf", List.of(Map.of("properties", Map.of("port", Map.of())))));

        ObjectNode strict = CustomResources.strict(schema, false);

        assertThat(strict.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(strict.at("/properties/port/anyOf").size()).isEqualTo(2);
        assertThat(strict.at("/properties/port").has("x-kubernetes-int-or-string")).isFalse();
        assertThat(strict.at("/properties/config").has("additionalProperties")).isFalse();
        assertThat(strict.at("/properties/labels/additionalProperties/type").asText()).isEqualTo("string");
        assertThat(strict.at("/oneOf/0").has("additionalProperties")).isFalse();
    }

    /** PROVENANCE.md lists the SHA-256 of each copied file: a file edited by hand fails here. */
    @Test
    void theCrdsAreTheOperatorsFilesUnchanged() throws Exception {
        Path folder = Path.of(CustomResourcesTest.class.getResource("/crds").toURI());
        Matcher sums = Pattern.compile("(?m)^([0-9a-f]{64})  (\\S+)$").matcher(Files.readString(folder.resolve("PROVENANCE.md")));
        int files = 0;
        while (sums.find()) {
            files++;
            assertThat(sha256(folder.resolve(sums.group(2)))).as(sums.group(2)).isEqualTo(sums.group(1));
        }
        assertThat(files).isEqualTo(10);
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
