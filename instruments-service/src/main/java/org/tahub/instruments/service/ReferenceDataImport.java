package org.tahub.instruments.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.tahub.instruments.config.CatalogueConfig;
import org.tahub.instruments.domain.Activity;
import org.tahub.instruments.domain.Area;
import org.tahub.instruments.domain.CatalogueEntryChanged;
import org.tahub.instruments.domain.Instrument;
import org.tahub.instruments.domain.OffenceGroup;
import org.tahub.instruments.domain.Tool;
import org.tahub.instruments.domain.ToolCategory;
import org.tahub.instruments.reference.ReferenceData.ActivityRecord;
import org.tahub.instruments.reference.ReferenceData.AreaRecord;
import org.tahub.instruments.reference.ReferenceData.ChecklistFile;
import org.tahub.instruments.reference.ReferenceData.InstrumentRecord;
import org.tahub.instruments.reference.ReferenceData.OffenceGroupRecord;
import org.tahub.instruments.reference.ReferenceData.ToolCategoryRecord;
import org.tahub.instruments.reference.ReferenceData.ToolRecord;
import org.tahub.instruments.reference.ReferenceData.ToolsFile;

/**
 * Loads the reference data shipped with the service (the checklist, Parts A, B and C) into the catalogue, in one
 * transaction, publishing an event for every entry it creates or corrects. It is idempotent: each entry remembers
 * the hash of the reference record it came from; an entry is corrected only when its record changed and no curator
 * has edited it since (a curator's edit is never overwritten, it is reported in the log instead).
 */
@ApplicationScoped
public class ReferenceDataImport {

    public static final String ACTOR = "reference-data";
    private static final Logger LOG = Logger.getLogger(ReferenceDataImport.class);
    private static final long IMPORT_LOCK = 0x696d706f7274L;

    private final ObjectMapper json;
    private final EntityManager em;
    private final Event<CatalogueEntryChanged> changed;
    private final ChangeLog changeLog;
    private final CatalogueConfig config;
    private final OfficialTitles officialTitles;

    public ReferenceDataImport(ObjectMapper json, EntityManager em, Event<CatalogueEntryChanged> changed, ChangeLog changeLog,
                               CatalogueConfig config, OfficialTitles officialTitles) {
        this.officialTitles = officialTitles;
        this.json = json;
        this.em = em;
        this.changed = changed;
        this.changeLog = changeLog;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.importOnStart()) {
            Result r = importAll();
            LOG.infof("reference data: %d created, %d corrected, %d unchanged, %d kept as curated",
                    r.created(), r.corrected(), r.unchanged(), r.curated());
        }
    }

    /** Counts of what the import did. */
    public record Result(int created, int corrected, int unchanged, int curated) {
    }

    @Transactional
    public Result importAll() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, IMPORT_LOCK).getSingleResult();
        Counter counter = new Counter();
        ChecklistFile checklist = read("catalogue/checklist.json", ChecklistFile.class);
        checklist.areas().forEach(a -> importArea(a, counter));
        em.flush();
        checklist.offenceGroups().forEach(this::importOffenceGroup);
        em.flush();
        checklist.activities().forEach(a -> importActivity(a, counter));
        for (String file : List.of("catalogue/instruments-part-a.json", "catalogue/instruments-part-c.json")) {
            for (InstrumentRecord i : read(file, InstrumentRecord[].class)) {
                importInstrument(i, counter);
            }
        }
        em.flush();
        importOfficialTitles();
        ToolsFile tools = read("catalogue/tools.json", ToolsFile.class);
        for (int n = 0; n < tools.categories().size(); n++) {
            importToolCategory(tools.categories().get(n), n + 1);
        }
        tools.tools().forEach(t -> importTool(t, counter));
        return new Result(counter.created, counter.corrected, counter.unchanged, counter.curated);
    }

    private void importArea(AreaRecord r, Counter counter) {
        String hash = hash(r);
        Area a = Area.findById(r.code());
        boolean created = a == null;
        if (!created && !counter.shouldCorrect(a.seedHash, hash, a.updatedBy, "area " + r.code())) {
            return;
        }
        if (created) {
            a = new Area();
            a.code = r.code();
        }
        a.number = r.number();
        a.title = r.title();
        a.description = r.description();
        a.keywords = listOf(r.keywords());
        stamp(a, hash);
        a.persist();
        em.flush();
        changeLog.record("area", a.code, created ? "created" : "corrected", a.version, ACTOR, Map.of());
        changed.fire(new CatalogueEntryChanged(a, created ? CatalogueEntryChanged.How.CREATED : CatalogueEntryChanged.How.UPDATED));
        counter.count(created);
    }

    private void stamp(Area a, String hash) {
        a.seedHash = hash;
        a.updatedBy = ACTOR;
        a.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private void importOffenceGroup(OffenceGroupRecord r) {
        OffenceGroup g = OffenceGroup.findById(r.code());
        if (g == null) {
            g = new OffenceGroup();
            g.code = r.code();
        }
        g.number = r.number();
        g.title = r.title();
        g.description = r.description();
        g.keywords = listOf(r.keywords());
        g.persist();
    }

    private void importActivity(ActivityRecord r, Counter counter) {
        String hash = hash(r);
        Activity a = Activity.findById(r.code());
        boolean created = a == null;
        if (!created && !counter.shouldCorrect(a.seedHash, hash, a.updatedBy, "activity " + r.code())) {
            return;
        }
        if (created) {
            a = new Activity();
            a.code = r.code();
        }
        a.area = r.area();
        a.section = r.section();
        a.offenceGroup = r.offenceGroup();
        a.ordinal = r.ordinal();
        a.title = r.title();
        a.description = r.description();
        a.keywords = listOf(r.keywords());
        a.details = listOf(r.details());
        a.seedNote = r.seedNote();
        a.seedHash = hash;
        a.updatedBy = ACTOR;
        a.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.persist();
        em.flush();
        changeLog.record("activity", a.code, created ? "created" : "corrected", a.version, ACTOR, Map.of());
        changed.fire(new CatalogueEntryChanged(a, created ? CatalogueEntryChanged.How.CREATED : CatalogueEntryChanged.How.UPDATED));
        counter.count(created);
    }

    private void importInstrument(InstrumentRecord r, Counter counter) {
        String hash = hash(r);
        Instrument i = Instrument.findById(r.slug());
        boolean created = i == null;
        if (!created && !counter.shouldCorrect(i.seedHash, hash, i.updatedBy, "instrument " + r.slug())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            i = new Instrument();
            i.slug = r.slug();
            i.createdAt = now;
        }
        i.compendiumRef = r.compendiumRef();
        i.part = r.part();
        i.section = r.section();
        i.title = r.title();
        i.shortName = r.shortName();
        i.seedTitle = r.seedTitle();
        i.kind = r.kind();
        i.scope = r.scope();
        i.adoptingBody = r.adoptingBody();
        i.adoptedOn = r.adoptedOn();
        i.adoptedYear = r.adoptedYear();
        i.adoptedAt = r.adoptedAt();
        i.depositary = r.depositary();
        i.entryIntoForce = r.entryIntoForce();
        i.citation = r.citation();
        i.description = r.description();
        i.relations = r.relations() == null ? new ArrayList<>() : new ArrayList<>(r.relations().stream()
                .map(x -> new Instrument.Relation(x.type(), x.target())).toList());
        i.areas = listOf(r.areas());
        i.offenceGroups = listOf(r.offenceGroups());
        i.activities = listOf(r.activities());
        i.keywords = listOf(r.keywords());
        i.seedNote = r.seedNote();
        i.sources = listOf(r.sources());
        i.seedHash = hash;
        i.updatedBy = ACTOR;
        i.updatedAt = now;
        i.persist();
        em.flush();
        changeLog.record("instrument", i.slug, created ? "created" : "corrected", i.version, ACTOR, Map.of());
        changed.fire(new CatalogueEntryChanged(i, created ? CatalogueEntryChanged.How.CREATED : CatalogueEntryChanged.How.UPDATED));
        counter.count(created);
    }

    /**
     * The official titles in the other UN languages, for search: reference data only (no curator changes them), so
     * the table is made again from the file on every import.
     */
    private void importOfficialTitles() {
        em.createNativeQuery("delete from instrument_title").executeUpdate();
        for (String slug : officialTitles.slugs()) {
            if (Instrument.findById(slug) == null) {
                LOG.warnf("%s names %s, which is not in the catalogue; its titles are left out", OfficialTitles.RESOURCE,
                        slug);
                continue;
            }
            for (OfficialTitles.OfficialTitle t : officialTitles.titlesOf(slug)) {
                em.createNativeQuery("insert into instrument_title (slug, language, title, source_url, source_name) "
                                + "values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, slug).setParameter(2, t.language()).setParameter(3, t.title())
                        .setParameter(4, t.source()).setParameter(5, t.sourceName()).executeUpdate();
            }
        }
    }

    private void importToolCategory(ToolCategoryRecord r, int ordinal) {
        ToolCategory c = ToolCategory.findById(r.code());
        if (c == null) {
            c = new ToolCategory();
            c.code = r.code();
        }
        c.ordinal = ordinal;
        c.title = r.title();
        c.area = r.area();
        c.offenceGroup = r.offenceGroup();
        c.persist();
    }

    private void importTool(ToolRecord r, Counter counter) {
        String hash = hash(r);
        Tool t = Tool.findById(r.slug());
        boolean created = t == null;
        if (!created && !counter.shouldCorrect(t.seedHash, hash, t.updatedBy, "tool " + r.slug())) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            t = new Tool();
            t.slug = r.slug();
            t.createdAt = now;
        }
        t.title = r.title();
        t.shortName = r.shortName();
        t.kind = r.kind();
        t.publisher = r.publisher();
        t.publisherBody = r.publisherBody();
        t.year = r.year();
        t.place = r.place();
        t.languages = listOf(r.languages());
        t.categories = listOf(r.categories());
        t.areas = listOf(r.areas());
        t.activities = listOf(r.activities());
        t.instruments = listOf(r.instruments());
        t.description = r.description();
        t.keywords = listOf(r.keywords());
        t.seedNote = r.seedNote();
        t.sources = listOf(r.sources());
        t.seedHash = hash;
        t.updatedBy = ACTOR;
        t.updatedAt = now;
        t.persist();
        em.flush();
        changeLog.record("tool", t.slug, created ? "created" : "corrected", t.version, ACTOR, Map.of());
        changed.fire(new CatalogueEntryChanged(t, created ? CatalogueEntryChanged.How.CREATED : CatalogueEntryChanged.How.UPDATED));
        counter.count(created);
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data " + resource + " is missing from the service");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("reference data " + resource + " cannot be read", e);
        }
    }

    private String hash(Object record) {
        try {
            byte[] canonical = json.writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    private static final class Counter {
        int created;
        int corrected;
        int unchanged;
        int curated;

        boolean shouldCorrect(String storedHash, String hash, String updatedBy, String what) {
            if (Objects.equals(storedHash, hash)) {
                unchanged++;
                return false;
            }
            if (!ACTOR.equals(updatedBy)) {
                curated++;
                LOG.warnf("reference data for %s changed, but a curator (%s) edited it since: kept as curated",
                        what, updatedBy);
                return false;
            }
            return true;
        }

        void count(boolean wasCreated) {
            if (wasCreated) {
                created++;
            } else {
                corrected++;
            }
        }
    }
}
