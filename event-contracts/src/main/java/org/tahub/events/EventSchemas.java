package org.tahub.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        // The envelope's attributes as a tree, with the payload put in as it is: copying a payload of hundreds of
        // kilobytes into a second tree only to check the attributes cost a full matching round seconds.
        ObjectNode tree = EventCodec.mapper().valueToTree(new EventEnvelope(envelope.specversion(), envelope.id(),
                envelope.source(), envelope.type(), envelope.subject(), envelope.time(), envelope.datacontenttype(),
                envelope.dataschema(), null));
        if (envelope.data() != null) {
            tree.set("data", envelope.data());
        }
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
