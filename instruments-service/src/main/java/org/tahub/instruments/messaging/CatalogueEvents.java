package org.tahub.instruments.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tahub.delivery.outbox.EventPublisher;
import org.tahub.events.EventType;
import org.tahub.events.catalogue.ActivityV1;
import org.tahub.events.catalogue.AreaV1;
import org.tahub.events.catalogue.InstrumentV1;
import org.tahub.events.catalogue.ToolV1;
import org.tahub.instruments.domain.Activity;
import org.tahub.instruments.domain.Area;
import org.tahub.instruments.domain.Instrument;
import org.tahub.instruments.domain.Tool;

/**
 * Announces catalogue changes on {@code tahub.catalogue.v1}, each event carrying the entry's whole new state
 * (key = code or slug, so the compacted topic keeps the latest state of every entry).
 */
@ApplicationScoped
public class CatalogueEvents {

    private final EventPublisher publisher;

    public CatalogueEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void area(EventType type, Area a) {
        publisher.publish(type, a.code, "areas/" + a.code, new AreaV1(a.code, a.number, a.title, a.description,
                List.copyOf(a.keywords), a.status, a.version));
    }

    public void activity(EventType type, Activity a) {
        publisher.publish(type, a.code, "activities/" + a.code, toPayload(a));
    }

    public void instrument(EventType type, Instrument i) {
        publisher.publish(type, i.slug, "instruments/" + i.slug, new InstrumentV1(i.slug, i.compendiumRef, i.part,
                i.section, i.title, i.shortName, i.kind, i.scope, i.adoptingBody, i.adoptedOn, i.adoptedYear,
                i.depositary, i.entryIntoForce, List.copyOf(i.areas), List.copyOf(i.offenceGroups),
                List.copyOf(i.activities), i.status, i.version));
    }

    public void tool(EventType type, Tool t) {
        publisher.publish(type, t.slug, "tools/" + t.slug, new ToolV1(t.slug, t.title, t.shortName, t.kind,
                t.publisher, t.publisherBody, t.year, List.copyOf(t.languages), List.copyOf(t.categories),
                List.copyOf(t.areas), List.copyOf(t.activities), List.copyOf(t.instruments), t.status, t.version));
    }

    static ActivityV1 toPayload(Activity a) {
        return new ActivityV1(a.code, a.area, a.section, a.offenceGroup, a.ordinal, a.title, a.description,
                List.copyOf(a.keywords), a.status, a.version);
    }
}
