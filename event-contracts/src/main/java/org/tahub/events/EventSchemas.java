package org.tahub.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Validates an event (its envelope and its payload) against the published JSON Schemas. */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Returns every violation, envelope first; an empty list means the event honours its contract. */
    public static List<String> violations(EventEnvelope envelope) {
        List<String> problems = new ArrayList<>();
        JsonNode tree = EventCodec.mapper().valueToTree(envelope);
        schema("cloudevent.v1").validate(tree).stream().map(m -> "envelope: " + m.getMessage()).forEach(problems::add);
        EventType type;
        try {
            type = envelope.eventType();
        } catch (EventType.UnknownEventTypeException e) {
            problems.add(e.getMessage());
            return problems;
        }
        if (!type.dataschema().equals(envelope.dataschema())) {
            problems.add("dataschema " + envelope.dataschema() + " does not match " + type.dataschema());
        }
        if (envelope.data() != null) {
            for (ValidationMessage m : schema(type.schema()).validate(envelope.data())) {
                problems.add("data: " + m.getMessage());
            }
        }
        return problems;
    }

    private static JsonSchema schema(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            String path = "/schemas/" + n + ".json";
            try (InputStream in = EventSchemas.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("no schema at " + path);
                }
                SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
                return FACTORY.getSchema(in, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
