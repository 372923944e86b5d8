package org.tahub.events.catalogue;

import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventType;

/**
 * What a consumer of {@code tahub.catalogue.v1} does with each kind of entry; it implements the kinds it keeps and
 * ignores the others. {@link #dispatch} reads the payload of an event and calls the matching method.
 */
public interface CatalogueEventHandler {

    default void area(AreaV1 area, EventEnvelope event) {
    }

    default void activity(ActivityV1 activity, EventEnvelope event) {
    }

    default void instrument(InstrumentV1 instrument, EventEnvelope event) {
    }

    default void tool(ToolV1 tool, EventEnvelope event) {
    }

    /**
     * Calls the handler's method for the event's entry kind, by its {@link EventType}: an event of another topic, or
     * of a type this consumer does not know (a newer version of a type among them, see docs/events.md "Versions"),
     * is ignored.
     */
    static void dispatch(EventEnvelope event, CatalogueEventHandler handler) {
        EventType type;
        try {
            type = event.eventType();
        } catch (EventType.UnknownEventTypeException e) {
            return;
        }
        switch (type) {
            case AREA_CREATED, AREA_UPDATED -> handler.area(EventCodec.data(event, AreaV1.class), event);
            case ACTIVITY_CREATED, ACTIVITY_UPDATED, ACTIVITY_RETIRED ->
                    handler.activity(EventCodec.data(event, ActivityV1.class), event);
            case INSTRUMENT_CREATED, INSTRUMENT_UPDATED, INSTRUMENT_RETIRED ->
                    handler.instrument(EventCodec.data(event, InstrumentV1.class), event);
            case TOOL_CREATED, TOOL_UPDATED -> handler.tool(EventCodec.data(event, ToolV1.class), event);
            default -> {
                // a type of another topic: ignored
            }
        }
    }
}
