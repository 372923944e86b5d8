package org.tahub.matching.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.catalogue.ActivityV1;
import org.tahub.events.catalogue.AreaV1;
import org.tahub.events.catalogue.CatalogueEventHandler;
import org.tahub.events.catalogue.InstrumentV1;
import org.tahub.events.catalogue.ToolV1;
import org.tahub.matching.domain.CatalogueCopy;

/**
 * The catalogue as matching knows it (activities, areas, instruments, tools), to propose the instruments and tools
 * that serve a need; an event older than the stored version changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CatalogueReadModel implements CatalogueEventHandler {

    @Override
    public void activity(ActivityV1 a, EventEnvelope event) {
        upsert("activity", a.code(), a.title(), List.of(a.area()), List.of(a.code()), a.status().name(), a.version(),
                event);
    }

    @Override
    public void area(AreaV1 a, EventEnvelope event) {
        upsert("area", a.code(), a.title(), List.of(a.code()), List.of(), a.status().name(), a.version(), event);
    }

    @Override
    public void instrument(InstrumentV1 i, EventEnvelope event) {
        List<String> activities = new ArrayList<>(i.activities());
        activities.addAll(i.offenceGroups());
        upsert("instrument", i.slug(), i.title(), i.areas(), activities, i.status().name(), i.version(), event);
    }

    @Override
    public void tool(ToolV1 t, EventEnvelope event) {
        upsert("tool", t.slug(), t.title(), t.areas(), t.activities(), t.status().name(), t.version(), event);
    }

    private void upsert(String type, String id, String title, List<String> areas, List<String> activities,
                        String status, long version, EventEnvelope event) {
        CatalogueCopy.Key key = new CatalogueCopy.Key(type, id);
        CatalogueCopy e = CatalogueCopy.findById(key);
        if (e != null && e.version > version) {
            return;
        }
        if (e == null) {
            e = new CatalogueCopy();
            e.key = key;
        }
        e.title = title;
        e.areas = new ArrayList<>(areas);
        e.activities = activities;
        e.status = status;
        e.version = version;
        e.payload = EventCodec.mapper().valueToTree(event.data()).toString();
        e.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        e.persist();
    }

    /** Code to area of every active checklist activity. */
    @Transactional(Transactional.TxType.REQUIRED)
    public java.util.Map<String, String> activeActivityAreas() {
        java.util.Map<String, String> areas = new java.util.LinkedHashMap<>();
        CatalogueCopy.<CatalogueCopy>list("key.type = 'activity' and status = 'ACTIVE' order by key.id")
                .forEach(e -> areas.put(e.key.id(), e.areas.isEmpty() ? null : e.areas.get(0)));
        return areas;
    }

    /** Every active entry of a type (activity, area, instrument, tool). */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<CatalogueCopy> active(String type) {
        return CatalogueCopy.list("key.type = ?1 and status = 'ACTIVE'", type);
    }

    /** A fingerprint of the active activities: it changes whenever one is added, changed or retired. */
    @Transactional(Transactional.TxType.REQUIRED)
    public String activitiesFingerprint() {
        Object[] row = (Object[]) CatalogueCopy.getEntityManager().createQuery(
                "select count(e), coalesce(sum(e.version), 0), max(e.updatedAt) from CatalogueCopy e "
                        + "where e.key.type = 'activity'").getSingleResult();
        return row[0] + "/" + row[1] + "/" + row[2];
    }
}
