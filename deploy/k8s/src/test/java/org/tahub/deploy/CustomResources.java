package org.tahub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.tahub.deploy.Manifests.Document;

/**
 * The operators' custom resources (Strimzi's, CloudNativePG's), each validated against the CRD of its kind as the
 * API server's strict field validation would: the served version's openAPIV3Schema (metadata left out, as empty), where an object with
 * properties admits no other field unless it says so ({@code additionalProperties},
 * {@code x-kubernetes-preserve-unknown-fields}); and its metadata read strictly as an ObjectMeta. CEL rules
 * ({@code x-kubernetes-validations}) are not evaluated.
 */
final class CustomResources {

    static final Set<String> GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io");

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    /** Messages name the field with a JSON path ($.spec.replicas). */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "definitions");
    private static final Set<String> JUNCTORS = Set.of("allOf", "anyOf", "oneOf");

    private record Version(boolean served, JsonSchema schema) {
    }

    /** The versions of each kind the CRDs define, by "group/kind". */
    private final Map<String, Map<String, Version>> kinds;

    private CustomResources(Map<String, Map<String, Version>> kinds) {
        this.kinds = kinds;
    }

    /** The CRDs in src/test/resources/crds. */
    static CustomResources fromClassPath() {
        try (Stream<Path> files = Files.list(Path.of(CustomResources.class.getResource("/crds").toURI()))) {
            Map<String, Map<String, Version>> kinds = new LinkedHashMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> documents = Manifests.YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    while (documents.hasNext()) {
                        JsonNode crd = documents.next();
                        if (crd == null || !"CustomResourceDefinition".equals(crd.path("kind").asText())) {
                            continue;
                        }
                        Map<String, Version> versions = new LinkedHashMap<>();
                        for (JsonNode version : crd.path("spec").path("versions")) {
                            JsonNode schema = strict((ObjectNode) version.path("schema").path("openAPIV3Schema"), false);
                            versions.put(version.path("name").asText(), new Version(version.path("served").asBoolean(false),
                                    SCHEMAS.getSchema(schema, CONFIG)));
                        }
                        kinds.put(crd.path("spec").path("group").asText() + "/" + crd.path("spec").path("names").path("kind").asText(), versions);
                    }
                }
            }
            return new CustomResources(kinds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> violations(Manifests manifests) {
        Violations violations = new Violations();
        manifests.documents().stream().filter(d -> GROUPS.contains(d.group())).forEach(d -> check(d, violations));
        return violations.lines();
    }

    private void check(Document document, Violations violations) {
        Map<String, Version> versions = kinds.get(document.group() + "/" + document.kind());
        if (versions == null) {
            violations.add(document, "no CRD defines kind " + document.kind() + " in " + document.group()
                    + " (known: " + kinds.keySet() + ")");
            return;
        }
        String versionName = document.apiVersion().substring(document.group().length() + 1);
        Version version = versions.get(versionName);
        if (version == null || !version.served()) {
            violations.add(document, "apiVersion " + document.apiVersion() + " is not served (served: "
                    + versions.entrySet().stream().filter(v -> v.getValue().served()).map(Map.Entry::getKey).toList() + ")");
            return;
        }
        try {
            KubernetesModel.unknownFields(KubernetesModel.read(document.body().path("metadata"), ObjectMeta.class), "metadata")
                    .forEach(field -> violations.add(document, "unknown field " + field));
        } catch (KubernetesModel.InvalidValueException e) {
            violations.add(document, "invalid value in metadata: " + e.getMessage());
        }
        CoreResources.metadata(document, violations);
        ObjectNode body = document.body().deepCopy();
        body.putObject("metadata");
        for (ValidationMessage message : version.schema().validate(body)) {
            violations.add(document, message.getMessage());
        }
    }

    /**
     * The schema as the API server applies it, in JSON Schema draft 4: Kubernetes' extensions removed,
     * {@code x-kubernetes-int-or-string} as "an integer or a string", {@code nullable} as a "null" type, and
     * {@code additionalProperties: false} on every object schema (with properties, or of type object) that neither has
     * additionalProperties nor preserves unknown fields: the API server prunes, and strict validation refuses, any
     * other field. Inside allOf/anyOf/oneOf/not, properties only constrain
     * values (they are not where fields are declared), so nothing is closed there.
     */
    static ObjectNode strict(ObjectNode schema, boolean valuesOnly) {
        ObjectNode out = NODES.objectNode();
        schema.properties().forEach(field -> {
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            if (keyword.startsWith("x-kubernetes-") || keyword.equals("nullable")) {
                return;
            }
            if (SCHEMA_MAPS.contains(keyword) && value.isObject()) {
                ObjectNode map = out.putObject(keyword);
                value.properties().forEach(p -> map.set(p.getKey(), strict((ObjectNode) p.getValue(), valuesOnly)));
            } else if ((keyword.equals("items") || keyword.equals("additionalProperties")) && value.isObject()) {
                out.set(keyword, strict((ObjectNode) value, valuesOnly));
            } else if (JUNCTORS.contains(keyword) && value.isArray()) {
                ArrayNode branches = out.putArray(keyword);
                value.forEach(branch -> branches.add(strict((ObjectNode) branch, true)));
            } else if (keyword.equals("not") && value.isObject()) {
                out.set(keyword, strict((ObjectNode) value, true));
            } else {
                out.set(keyword, value);
            }
        });
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            out.remove("type");
            if (!out.has("anyOf")) {
                out.putArray("anyOf").add(NODES.objectNode().put("type", "integer")).add(NODES.objectNode().put("type", "string"));
            }
        }
        if (schema.path("nullable").asBoolean(false) && out.path("type").isTextual()) {
            out.putArray("type").add(schema.get("type").asText()).add("null");
        }
        if (!valuesOnly && (out.has("properties") || "object".equals(out.path("type").asText()))
                && !out.has("additionalProperties")
                && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            out.put("additionalProperties", false);
        }
        return out;
    }
}
