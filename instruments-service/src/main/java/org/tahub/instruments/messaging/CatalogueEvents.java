package org.tahub.instruments.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.tahub.delivery.outbox.EventPublisher;
import org.tahub.events.EventType;
import org.tahub.events.catalogue.ActivityV1;
import org.tahub.events.catalogue.AreaV1;
import org.tahub.events.catalogue.InstrumentV1;
import org.tahub.events.catalogue.ToolV1;
import org.tahub.instruments.domain.Activity;
import org.tahub.instruments.domain.Area;
import org.tahub.instruments.domain.CatalogueEntry;
import org.tahub.instruments.domain.CatalogueEntryChanged;
import org.tahub.instruments.domain.Instrument;
import org.tahub.instruments.domain.Tool;

/**
 * Announces catalogue changes on {@code tahub.catalogue.v1}, each event carrying the entry's whole new state
 * (key = code or slug, so the compacted topic keeps the latest state of every entry). The services fire
 * {@link CatalogueEntryChanged} in the transaction of the change; this writes its event to the outbox.
 */
@ApplicationScoped
public class CatalogueEvents {

    private final EventPublisher publisher;

    public CatalogueEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    void changed(@Observes CatalogueEntryChanged change) {
        CatalogueEntry entry = change.entry();
        CatalogueEntryChanged.How how = change.how();
        if (entry instanceof Area a) {
            publisher.publish(type(how, EventType.AREA_CREATED, EventType.AREA_UPDATED, null), a.code,
                    "areas/" + a.code, new AreaV1(a.code, a.number, a.title, a.description, List.copyOf(a.keywords),
                            a.status, a.version));
        } else if (entry instanceof Activity a) {
            publisher.publish(type(how, EventType.ACTIVITY_CREATED, EventType.ACTIVITY_UPDATED,
                    EventType.ACTIVITY_RETIRED), a.code, "activities/" + a.code, toPayload(a));
        } else if (entry instanceof Instrument i) {
            publisher.publish(type(how, EventType.INSTRUMENT_CREATED, EventType.INSTRUMENT_UPDATED,
                    EventType.INSTRUMENT_RETIRED), i.slug, "instruments/" + i.slug, new InstrumentV1(i.slug,
                    i.compendiumRef, i.part, i.section, i.title, i.shortName, i.kind, i.scope, i.adoptingBody,
                    i.adoptedOn, i.adoptedYear, i.depositary, i.entryIntoForce, List.copyOf(i.areas),
                    List.copyOf(i.offenceGroups), List.copyOf(i.activities), i.status, i.version));
        } else if (entry instanceof Tool t) {
            publisher.publish(type(how, EventType.TOOL_CREATED, EventType.TOOL_UPDATED, null), t.slug,
                    "tools/" + t.slug, new ToolV1(t.slug, t.title, t.shortName, t.kind, t.publisher, t.publisherBody,
                            t.year, List.copyOf(t.languages), List.copyOf(t.categories), List.copyOf(t.areas),
                            List.copyOf(t.activities), List.copyOf(t.instruments), t.status, t.version));
        } else {
            throw new IllegalArgumentException("no catalogue event for " + entry.getClass().getSimpleName());
        }
    }

    /** The event type of a change; an entry kind that cannot be retired (areas, tools) has no retired type. */
    private static EventType type(CatalogueEntryChanged.How how, EventType created, EventType updated,
                                  EventType retired) {
        EventType type = switch (how) {
            case CREATED -> created;
            case UPDATED -> updated;
            case RETIRED -> retired;
        };
        if (type == null) {
            throw new IllegalArgumentException("this kind of entry is never " + how);
        }
        return type;
    }

    static ActivityV1 toPayload(Activity a) {
        return new ActivityV1(a.code, a.area, a.section, a.offenceGroup, a.ordinal, a.title, a.description,
                List.copyOf(a.keywords), a.status, a.version);
    }
}
