package org.tahub.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The largest an event can be once serialized, in bytes of UTF-8, worked out from the JSON Schemas alone: every
 * optional property present, every string at its maxLength of characters that each take the most room (six bytes: a
 * control character escaped as {@code \u0000}), every array at its maxItems. A schema that leaves a string or an
 * array unbounded, or an object open, has no worst case: it is reported as such, with its path.
 */
final class WorstCaseSize {

    /** The most room one code point can take in JSON text: a control character escaped as \u0000. */
    static final int BYTES_PER_CHARACTER = 6;
    /** A double as Java writes it at its longest, e.g. -2.2250738585072014E-308. */
    private static final int NUMBER = 24;
    private static final int INTEGER = 20;
    /** An OffsetDateTime as the codec writes it at its longest: 2026-11-28T10:00:00.123456789+14:00, quoted. */
    private static final int DATE_TIME = 37;
    private static final int DATE = 12;
    private static final int UUID = 38;

    private final List<String> unbounded = new ArrayList<>();

    /** The paths where a schema has no bound; empty when the size returned is a true worst case. */
    List<String> unbounded() {
        return unbounded;
    }

    /** The worst case of a whole event of this type: its envelope with every attribute at its longest and its data. */
    long event(EventType type) {
        JsonNode envelope = schema("cloudevent.v1");
        long size = 2;
        for (Iterator<Map.Entry<String, JsonNode>> it = envelope.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            long value = switch (p.getKey()) {
                case "type" -> quoted(type.type());
                case "dataschema" -> quoted(type.dataschema());
                case "data" -> data(type);
                default -> size(p.getValue(), envelope, "envelope/" + p.getKey());
            };
            size += quoted(p.getKey()) + 1 + value + 1;
        }
        return size;
    }

    /** The worst case of a value of one schema (its {@code $ref}s within itself). */
    long size(JsonNode schema) {
        return size(schema, schema, "");
    }

    /** The worst case of the payload of this type. */
    long data(EventType type) {
        JsonNode root = schema(type.schema());
        return size(root, root, type.schema());
    }

    private long size(JsonNode s, JsonNode root, String path) {
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                unbounded.add(path + ": $ref " + ref + " outside its file");
                return 0;
            }
            return size(root.at(ref.substring(1)), root, path);
        }
        if (s.has("const")) {
            return s.get("const").toString().getBytes(StandardCharsets.UTF_8).length;
        }
        if (s.has("enum")) {
            long most = 0;
            for (JsonNode v : s.get("enum")) {
                most = Math.max(most, v.toString().getBytes(StandardCharsets.UTF_8).length);
            }
            return most;
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (s.has(combinator)) {
                long most = 0;
                for (JsonNode branch : s.get(combinator)) {
                    most = Math.max(most, size(branch, root, path + "/" + combinator));
                }
                return most;
            }
        }
        JsonNode type = s.get("type");
        if (type == null) {
            unbounded.add(path + ": no type");
            return 0;
        }
        long most = 0;
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            most = Math.max(most, ofType(t.asText(), s, root, path));
        }
        return most;
    }

    private long ofType(String type, JsonNode s, JsonNode root, String path) {
        switch (type) {
            case "null":
                return 4;
            case "boolean":
                return 5;
            case "integer":
                return s.has("maximum") && s.has("minimum")
                        ? Math.max(s.get("maximum").asText().length(), s.get("minimum").asText().length()) : INTEGER;
            case "number":
                return NUMBER;
            case "string":
                String format = s.path("format").asText("");
                if (format.equals("uuid")) {
                    return UUID;
                }
                if (format.equals("date-time")) {
                    return DATE_TIME;
                }
                if (format.equals("date")) {
                    return DATE;
                }
                if (!s.has("maxLength")) {
                    unbounded.add(path + ": a string without maxLength");
                    return 0;
                }
                return 2 + (long) BYTES_PER_CHARACTER * s.get("maxLength").asLong();
            case "array":
                if (!s.has("maxItems")) {
                    unbounded.add(path + ": an array without maxItems");
                    return 0;
                }
                JsonNode items = s.get("items");
                long item = items == null ? 0 : size(items, root, path + "[]");
                return 2 + s.get("maxItems").asLong() * (item + 1);
            case "object":
                if (!s.path("additionalProperties").isBoolean() || s.get("additionalProperties").asBoolean()) {
                    unbounded.add(path + ": an object open to other properties");
                    return 0;
                }
                long size = 2;
                for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    size += quoted(p.getKey()) + 1 + size(p.getValue(), root, path + "/" + p.getKey()) + 1;
                }
                return size;
            default:
                unbounded.add(path + ": type " + type);
                return 0;
        }
    }

    private static long quoted(String text) {
        return 2 + text.getBytes(StandardCharsets.UTF_8).length;
    }

    static JsonNode schema(String name) {
        try (InputStream in = WorstCaseSize.class.getResourceAsStream("/schemas/" + name + ".json")) {
            return EventCodec.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
