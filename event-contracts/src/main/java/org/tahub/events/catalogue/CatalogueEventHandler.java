package org.tahub.events.catalogue;

import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;

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

    /** Calls the handler's method for the event's entry kind; an event of another topic's type is ignored. */
    static void dispatch(EventEnvelope event, CatalogueEventHandler handler) {
        String type = event.type();
        if (type.startsWith("tahub.catalogue.area.")) {
            handler.area(EventCodec.data(event, AreaV1.class), event);
        } else if (type.startsWith("tahub.catalogue.activity.")) {
            handler.activity(EventCodec.data(event, ActivityV1.class), event);
        } else if (type.startsWith("tahub.catalogue.instrument.")) {
            handler.instrument(EventCodec.data(event, InstrumentV1.class), event);
        } else if (type.startsWith("tahub.catalogue.tool.")) {
            handler.tool(EventCodec.data(event, ToolV1.class), event);
        }
    }
}
