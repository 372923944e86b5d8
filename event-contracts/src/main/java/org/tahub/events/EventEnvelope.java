package org.tahub.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One event as it travels on a TA Hub topic: a CloudEvents 1.0 envelope in structured JSON mode
 * ({@code application/cloudevents+json}) whose {@code data} is the payload described by {@code dataschema}.
 *
 * <p>The Kafka record key keeps in order what must stay in order: the entry's code or slug on the catalogue topic
 * (its {@link #subject()}'s last segment), the state's ISO3 on the assessments and matching topics (whose subject
 * names an assessment, a proposal or an engagement).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** The Kafka header content-type of a structured-mode CloudEvent. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
    }

    public EventType eventType() {
        return EventType.fromType(type);
    }
}
