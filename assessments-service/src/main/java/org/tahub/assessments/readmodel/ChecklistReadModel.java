package org.tahub.assessments.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tahub.assessments.domain.CatalogueInstrument;
import org.tahub.assessments.domain.ChecklistActivity;
import org.tahub.assessments.domain.ChecklistArea;
import org.tahub.events.EventEnvelope;
import org.tahub.events.catalogue.ActivityV1;
import org.tahub.events.catalogue.AreaV1;
import org.tahub.events.catalogue.CatalogueEventHandler;
import org.tahub.events.catalogue.InstrumentV1;

/**
 * The checklist as this service knows it. Each event carries an entry's whole state and version; an event older
 * than what is stored (a replay, or a redelivery that overtook a newer one) changes nothing.
 */
@ApplicationScoped
@Transactional
public class ChecklistReadModel implements CatalogueEventHandler {

    @Override
    public void activity(ActivityV1 e, EventEnvelope event) {
        ChecklistActivity a = ChecklistActivity.findById(e.code());
        if (a != null && a.version > e.version()) {
            return;
        }
        if (a == null) {
            a = new ChecklistActivity();
            a.code = e.code();
        }
        a.area = e.area();
        a.section = e.section();
        a.offenceGroup = e.offenceGroup();
        a.ordinal = e.ordinal();
        a.title = e.title();
        a.description = e.description();
        a.status = e.status().name();
        a.version = e.version();
        a.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.persist();
    }

    @Override
    public void area(AreaV1 e, EventEnvelope event) {
        ChecklistArea a = ChecklistArea.findById(e.code());
        if (a != null && a.version > e.version()) {
            return;
        }
        if (a == null) {
            a = new ChecklistArea();
            a.code = e.code();
        }
        a.number = e.number();
        a.title = e.title();
        a.status = e.status().name();
        a.version = e.version();
        a.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.persist();
    }

    @Override
    public void instrument(InstrumentV1 e, EventEnvelope event) {
        CatalogueInstrument i = CatalogueInstrument.findById(e.slug());
        if (i != null && i.version > e.version()) {
            return;
        }
        if (i == null) {
            i = new CatalogueInstrument();
            i.slug = e.slug();
        }
        i.compendiumRef = e.compendiumRef();
        i.part = e.part();
        i.section = e.section();
        i.title = e.title();
        i.shortName = e.shortName();
        i.kind = e.kind();
        i.scope = e.scope();
        i.adoptedYear = e.adoptedYear();
        i.status = e.status().name();
        i.version = e.version();
        i.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        i.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChecklistArea> areas() {
        return ChecklistArea.list("status = 'ACTIVE' order by number");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChecklistActivity> activities() {
        return ChecklistActivity.list("status = 'ACTIVE' order by ordinal");
    }

    /** Code to area of every active activity. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> activeActivityAreas() {
        Map<String, String> areas = new LinkedHashMap<>();
        activities().forEach(a -> areas.put(a.code, a.area));
        return areas;
    }

    /** Slugs of the universal instruments a state reports its standing towards. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> universalInstrumentSlugs() {
        Set<String> slugs = new HashSet<>();
        universalInstruments().forEach(i -> slugs.add(i.slug));
        return slugs;
    }

    /**
     * The instruments a state can be a party to: the universal conventions and protocols of part A. Resolutions,
     * declarations (General Assembly 49/60 and 51/210) and recommendations are never ratified, so a state is not asked
     * its standing towards them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogueInstrument> universalInstruments() {
        return CatalogueInstrument.list("status = 'ACTIVE' and part = 'A' and scope = 'universal' "
                + "and kind in ('convention', 'protocol') order by adoptedYear, slug");
    }
}
