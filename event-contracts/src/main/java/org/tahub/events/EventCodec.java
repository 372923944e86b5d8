package org.tahub.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;

/** Reads and writes envelopes and payloads with the one JSON configuration every producer and consumer shares. */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an envelope whose payload is still a record ({@code attributes.data()} is ignored), straight from the
     * record instead of through a tree of it: the same JSON as {@link #write(EventEnvelope)} with the payload's
     * tree, at about half the cost for a payload of hundreds of kilobytes.
     */
    public static String write(EventEnvelope attributes, Object payload) {
        try {
            return MAPPER.writeValueAsString(new Unchecked(attributes.specversion(), attributes.id(),
                    attributes.source(), attributes.type(), attributes.subject(), attributes.time(),
                    attributes.datacontenttype(), attributes.dataschema(), payload));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link EventEnvelope} with its data as the payload's record, for {@link #write(EventEnvelope, Object)}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Unchecked(String specversion, String id, String source, String type, String subject,
                             OffsetDateTime time, String datacontenttype, String dataschema, Object data) {
    }

    /** Parses a structured-mode CloudEvent; throws {@link MalformedEventException} when it is not one. */
    public static EventEnvelope read(String json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new MalformedEventException("not a CloudEvents 1.0 JSON envelope: " + e.getMessage(), e);
        }
    }

    public static JsonNode toData(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    public static <T> T data(EventEnvelope envelope, Class<T> payloadType) {
        try {
            return MAPPER.treeToValue(envelope.data(), payloadType);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + envelope.id() + " of type " + envelope.type()
                    + " does not carry a " + payloadType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
