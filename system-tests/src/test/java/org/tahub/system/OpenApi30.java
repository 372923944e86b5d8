package org.tahub.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merged OpenAPI 3.1 document, said in OpenAPI 3.0 for swagger-request-validator. The validator (2.44.1) reads
 * 3.1 documents but then validates no body at all (a 3.1 schema's {@code type} is a list it does not look at: an
 * object where an array is documented passes), so the system tests hand it the same document in 3.0 terms:
 * <ul>
 *   <li>{@code "type": [T, "null"]} becomes {@code "type": T, "nullable": true};</li>
 *   <li>{@code "anyOf": [{"$ref": R}, {"type": "null"}]} becomes R's schema, inlined, with {@code "nullable": true};</li>
 *   <li>a {@code $ref} with sibling keywords (3.1 allows them, 3.0 ignores them) keeps the {@code $ref}, after
 *       checking that a sibling {@code type} agrees with the referenced schema's;</li>
 *   <li>a schema's {@code examples} (a list) becomes {@code example} (its first element).</li>
 * </ul>
 * Any other 3.1-only keyword fails the conversion, so that nothing is silently dropped from what is validated.
 */
final class OpenApi30 {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ONLY_31 = Set.of("const", "prefixItems", "if", "then", "else", "dependentSchemas",
            "dependentRequired", "unevaluatedProperties", "unevaluatedItems", "patternProperties", "propertyNames",
            "contentMediaType", "contentEncoding", "contentSchema", "$defs", "$schema", "$id", "$anchor",
            "$dynamicRef", "$dynamicAnchor", "contains", "minContains", "maxContains");

    private OpenApi30() {
    }

    static String convert(String openapi31) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(openapi31);
            if (!doc.path("openapi").asText().startsWith("3.1")) {
                return openapi31;
            }
            ObjectNode schemas = (ObjectNode) doc.path("components").path("schemas");
            List<String> problems = new ArrayList<>();
            // Schemas appear under components/schemas, media types, parameters and headers: convert every object
            // that sits where a schema does.
            convertTree(doc, schemas, problems, "", false);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("OpenAPI 3.1 constructs the 3.0 conversion does not know: " + problems);
            }
            doc.put("openapi", "3.0.3");
            return JSON.writeValueAsString(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void convertTree(JsonNode node, ObjectNode schemas, List<String> problems, String path,
            boolean isSchema) {
        if (node instanceof ObjectNode object) {
            if (isSchema) {
                convertSchema(object, schemas, problems, path);
            }
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            fields.addAll(object.properties());
            for (Map.Entry<String, JsonNode> e : fields) {
                String key = e.getKey();
                JsonNode value = e.getValue();
                String at = path + "/" + key;
                if (isSchema && (key.equals("properties"))) {
                    value.properties().forEach(p -> convertTree(p.getValue(), schemas, problems,
                            at + "/" + p.getKey(), true));
                } else if (isSchema && (key.equals("items") || key.equals("additionalProperties") || key.equals("not"))) {
                    convertTree(value, schemas, problems, at, value.isObject());
                } else if (isSchema && (key.equals("allOf") || key.equals("anyOf") || key.equals("oneOf"))) {
                    for (int i = 0; i < value.size(); i++) {
                        convertTree(value.get(i), schemas, problems, at + "/" + i, true);
                    }
                } else if (!isSchema && key.equals("schema")) {
                    convertTree(value, schemas, problems, at, true);
                } else if (!isSchema && path.equals("/components/schemas")) {
                    convertTree(value, schemas, problems, at, true);
                } else if (!isSchema && !key.equals("examples") && !key.equals("example")) {
                    convertTree(value, schemas, problems, at, false);
                }
            }
        } else if (node instanceof ArrayNode array && !isSchema) {
            for (int i = 0; i < array.size(); i++) {
                convertTree(array.get(i), schemas, problems, path + "/" + i, false);
            }
        }
    }

    private static void convertSchema(ObjectNode schema, ObjectNode schemas, List<String> problems, String path) {
        for (Map.Entry<String, JsonNode> field : schema.properties()) {
            String key = field.getKey();
            if (ONLY_31.contains(key)) {
                problems.add(path + ": " + key);
            }
        }
        if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
            problems.add(path + ": numeric exclusiveMinimum");
        }
        if (schema.has("exclusiveMaximum") && schema.get("exclusiveMaximum").isNumber()) {
            problems.add(path + ": numeric exclusiveMaximum");
        }
        // anyOf [ {$ref}, {type: null} ]: the referenced schema, nullable
        JsonNode anyOf = schema.get("anyOf");
        if (anyOf != null && anyOf.isArray()) {
            List<JsonNode> nonNull = new ArrayList<>();
            boolean hasNull = false;
            for (JsonNode alt : anyOf) {
                if (alt.size() == 1 && "null".equals(alt.path("type").asText(null))) {
                    hasNull = true;
                } else {
                    nonNull.add(alt);
                }
            }
            if (hasNull) {
                if (nonNull.size() != 1) {
                    problems.add(path + ": anyOf with null and " + nonNull.size() + " other alternatives");
                    return;
                }
                ObjectNode inlined = resolved(nonNull.get(0), schemas, problems, path);
                schema.remove("anyOf");
                schema.remove("type");
                inlined.properties().forEach(f -> {
                    if (!schema.has(f.getKey())) {
                        schema.set(f.getKey(), f.getValue().deepCopy());
                    }
                });
                schema.put("nullable", true);
            }
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            boolean nullable = types.remove("null");
            if (types.size() != 1) {
                problems.add(path + ": type " + type);
            } else {
                schema.put("type", types.get(0));
                if (nullable) {
                    schema.put("nullable", true);
                }
            }
        } else if (type != null && "null".equals(type.asText())) {
            problems.add(path + ": type null outside anyOf");
        }
        if (schema.has("$ref") && schema.size() > 1) {
            ObjectNode target = resolved(schema, schemas, problems, path);
            JsonNode siblingType = schema.get("type");
            if (siblingType != null && target.has("type") && !target.get("type").equals(siblingType)) {
                problems.add(path + ": $ref with type " + siblingType + " but the referenced schema is "
                        + target.get("type"));
            }
            if (schema.path("nullable").asBoolean(false)) {
                // nullable beside a $ref means nothing in 3.0: inline the target instead
                String ref = schema.remove("$ref").asText();
                target.properties().forEach(f -> {
                    if (!schema.has(f.getKey())) {
                        schema.set(f.getKey(), f.getValue().deepCopy());
                    }
                });
                schema.put("x-tahub-inlined", ref);
            } else {
                String ref = schema.get("$ref").asText();
                schema.removeAll();
                schema.put("$ref", ref);
            }
        }
        JsonNode examples = schema.get("examples");
        if (examples != null && examples.isArray()) {
            schema.remove("examples");
            if (!examples.isEmpty() && !schema.has("example")) {
                schema.set("example", examples.get(0));
            }
        }
    }

    private static ObjectNode resolved(JsonNode schema, ObjectNode schemas, List<String> problems, String path) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema.isObject() ? (ObjectNode) schema.deepCopy() : JsonNodeFactory.instance.objectNode();
        }
        String name = ref.asText().replace("#/components/schemas/", "");
        JsonNode target = schemas.get(name);
        if (target == null || !target.isObject()) {
            problems.add(path + ": unresolved " + ref.asText());
            return JsonNodeFactory.instance.objectNode();
        }
        ObjectNode copy = target.deepCopy();
        // the target itself in 3.0 terms
        convertSchema(copy, schemas, problems, "/components/schemas/" + name);
        return copy;
    }
}
