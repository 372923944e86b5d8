package org.tahub.instruments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tahub.events.catalogue.EntryStatus;
import org.tahub.instruments.command.InstrumentInput;
import org.tahub.instruments.domain.Activity;
import org.tahub.instruments.domain.CatalogueEntryChanged;
import org.tahub.instruments.domain.Instrument;
import org.tahub.instruments.domain.OffenceGroup;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;

/**
 * Curators' changes to the Compendium: create, update and retire instruments. Every change is checked whole
 * (every offending field is reported, nothing is saved), guarded by the version the curator read, recorded in the
 * audit trail and published on {@code tahub.catalogue.v1}. A retired instrument stays readable with its status.
 */
@ApplicationScoped
@Transactional
public class InstrumentCuration {

    private final EntityManager em;
    private final Event<CatalogueEntryChanged> changed;
    private final ChangeLog changeLog;

    public InstrumentCuration(EntityManager em, Event<CatalogueEntryChanged> changed, ChangeLog changeLog) {
        this.em = em;
        this.changed = changed;
        this.changeLog = changeLog;
    }

    public Instrument create(InstrumentInput in, String actor) {
        List<Problem.FieldError> errors = check(in, null);
        if (in.slug() == null || in.slug().isBlank()) {
            errors.add(0, new Problem.FieldError("body.slug", "must not be blank"));
        } else if (Instrument.findById(in.slug()) != null) {
            throw ProblemException.conflict("duplicate-slug", "instrument " + in.slug() + " already exists");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        Instrument i = new Instrument();
        i.slug = in.slug();
        i.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> changes = apply(i, in);
        i.updatedBy = actor;
        i.updatedAt = i.createdAt;
        i.persist();
        em.flush();
        changeLog.record("instrument", i.slug, "created", i.version, actor, changes);
        changed.fire(new CatalogueEntryChanged(i, CatalogueEntryChanged.How.CREATED));
        return i;
    }

    public Instrument update(String slug, long expectedVersion, InstrumentInput in, String actor) {
        Instrument i = current(slug, expectedVersion);
        List<Problem.FieldError> errors = check(in, i);
        if (in.slug() != null && !in.slug().equals(slug)) {
            errors.add(0, new Problem.FieldError("body.slug", "cannot change: it is " + slug));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        Map<String, Object> changes = apply(i, in);
        if (changes.isEmpty()) {
            return i;
        }
        i.updatedBy = actor;
        i.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        changeLog.record("instrument", slug, "updated", i.version, actor, changes);
        changed.fire(new CatalogueEntryChanged(i, CatalogueEntryChanged.How.UPDATED));
        return i;
    }

    public Instrument retire(String slug, long expectedVersion, String actor) {
        Instrument i = current(slug, expectedVersion);
        if (i.status == EntryStatus.RETIRED) {
            return i;
        }
        i.status = EntryStatus.RETIRED;
        i.updatedBy = actor;
        i.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        changeLog.record("instrument", slug, "retired", i.version, actor,
                Map.of("status", Map.of("from", "ACTIVE", "to", "RETIRED")));
        changed.fire(new CatalogueEntryChanged(i, CatalogueEntryChanged.How.RETIRED));
        return i;
    }

    private Instrument current(String slug, long expectedVersion) {
        Instrument i = Instrument.<Instrument>findByIdOptional(slug)
                .orElseThrow(() -> ProblemException.notFound("instrument " + slug));
        if (i.version != expectedVersion) {
            throw ProblemException.preconditionFailed("instrument " + slug + " is at version " + i.version
                    + ", not " + expectedVersion + ": read it again and reapply your change");
        }
        return i;
    }

    /** Cross-field and reference checks the annotations cannot express; every problem is reported. */
    private List<Problem.FieldError> check(InstrumentInput in, Instrument existing) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.adoptedOn() != null && in.adoptedYear() != null && in.adoptedOn().getYear() != in.adoptedYear()) {
            errors.add(new Problem.FieldError("body.adoptedYear", "is " + in.adoptedYear()
                    + " but adoptedOn is in " + in.adoptedOn().getYear()));
        }
        inYears(errors, "body.adoptedOn", in.adoptedOn());
        inYears(errors, "body.entryIntoForce", in.entryIntoForce());
        if (in.entryIntoForce() != null && in.adoptedOn() != null && in.entryIntoForce().isBefore(in.adoptedOn())) {
            errors.add(new Problem.FieldError("body.entryIntoForce", "is before adoptedOn"));
        }
        if (in.compendiumRef() != null && in.part() != null && !in.compendiumRef().startsWith(in.part() + ".")) {
            errors.add(new Problem.FieldError("body.compendiumRef", "is not in part " + in.part()));
        }
        if (in.compendiumRef() != null) {
            Instrument holder = Instrument.find("compendiumRef", in.compendiumRef()).firstResult();
            if (holder != null && (existing == null || !holder.slug.equals(existing.slug))) {
                errors.add(new Problem.FieldError("body.compendiumRef", "is already " + holder.slug + "'s"));
            }
        }
        unknown(errors, "body.areas", in.areas(), codes(Activity.class, "area"));
        unknown(errors, "body.offenceGroups", in.offenceGroups(), allCodes(OffenceGroup.class));
        unknown(errors, "body.activities", in.activities(), allCodes(Activity.class));
        noNulls(errors, "body.keywords", in.keywords());
        noNulls(errors, "body.sources", in.sources());
        if (in.relations() != null) {
            for (int n = 0; n < in.relations().size(); n++) {
                InstrumentInput.RelationInput relation = in.relations().get(n);
                if (relation == null) {
                    errors.add(new Problem.FieldError("body.relations[" + n + "]", "must not be null"));
                    continue;
                }
                String target = relation.target();
                if (target != null && Instrument.findById(target) == null) {
                    errors.add(new Problem.FieldError("body.relations[" + n + "].target",
                            "'" + target + "' is not an instrument of the catalogue"));
                }
            }
        }
        return errors;
    }

    private Set<String> allCodes(Class<?> entity) {
        return Set.copyOf(em.createQuery("select e.code from " + entity.getSimpleName() + " e", String.class)
                .getResultList());
    }

    private Set<String> codes(Class<?> entity, String field) {
        return Set.copyOf(em.createQuery("select distinct e." + field + " from " + entity.getSimpleName() + " e",
                String.class).getResultList());
    }

    private static void noNulls(List<Problem.FieldError> errors, String field, List<?> given) {
        for (int n = 0; given != null && n < given.size(); n++) {
            if (given.get(n) == null) {
                errors.add(new Problem.FieldError(field + "[" + n + "]", "must not be null"));
            }
        }
    }

    private static void inYears(List<Problem.FieldError> errors, String field, LocalDate date) {
        if (date != null && (date.getYear() < Instrument.FIRST_YEAR || date.getYear() > Instrument.LAST_YEAR)) {
            errors.add(new Problem.FieldError(field, "must be in the years " + Instrument.FIRST_YEAR + " to "
                    + Instrument.LAST_YEAR));
        }
    }

    private static void unknown(List<Problem.FieldError> errors, String field, List<String> given, Set<String> known) {
        if (given == null) {
            return;
        }
        noNulls(errors, field, given);
        List<String> bad = given.stream().filter(c -> c != null && !known.contains(c)).toList();
        if (!bad.isEmpty()) {
            errors.add(new Problem.FieldError(field, "unknown code(s) " + bad));
        }
    }

    private static Map<String, Object> apply(Instrument i, InstrumentInput in) {
        Map<String, Object> changes = new LinkedHashMap<>();
        i.compendiumRef = set(changes, "compendiumRef", i.compendiumRef, in.compendiumRef());
        i.part = set(changes, "part", i.part, in.part());
        i.section = set(changes, "section", i.section, in.section());
        i.title = set(changes, "title", i.title, in.title());
        i.shortName = set(changes, "shortName", i.shortName, in.shortName());
        i.kind = set(changes, "kind", i.kind, in.kind());
        i.scope = set(changes, "scope", i.scope, in.scope());
        i.adoptingBody = set(changes, "adoptingBody", i.adoptingBody, in.adoptingBody());
        i.adoptedOn = set(changes, "adoptedOn", i.adoptedOn, in.adoptedOn());
        i.adoptedYear = set(changes, "adoptedYear", i.adoptedYear == 0 ? null : i.adoptedYear, in.adoptedYear());
        i.adoptedAt = set(changes, "adoptedAt", i.adoptedAt, in.adoptedAt());
        i.depositary = set(changes, "depositary", i.depositary, in.depositary());
        i.entryIntoForce = set(changes, "entryIntoForce", i.entryIntoForce, in.entryIntoForce());
        i.citation = set(changes, "citation", i.citation, in.citation());
        i.description = set(changes, "description", i.description, in.description());
        List<Instrument.Relation> relations = in.relations() == null ? List.of() : in.relations().stream()
                .map(r -> new Instrument.Relation(r.type(), r.target())).toList();
        i.relations = new ArrayList<>(set(changes, "relations", List.copyOf(i.relations), relations));
        i.areas = new ArrayList<>(set(changes, "areas", List.copyOf(i.areas), listOf(in.areas())));
        i.offenceGroups = new ArrayList<>(set(changes, "offenceGroups", List.copyOf(i.offenceGroups), listOf(in.offenceGroups())));
        i.activities = new ArrayList<>(set(changes, "activities", List.copyOf(i.activities), listOf(in.activities())));
        i.keywords = new ArrayList<>(set(changes, "keywords", List.copyOf(i.keywords), listOf(in.keywords())));
        i.seedNote = set(changes, "seedNote", i.seedNote, in.seedNote());
        i.sources = new ArrayList<>(set(changes, "sources", List.copyOf(i.sources), listOf(in.sources())));
        return changes;
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().collect(Collectors.toList());
    }

    private static <T> T set(Map<String, Object> changes, String field, T from, T to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from instanceof java.time.temporal.Temporal ? from.toString() : from);
            change.put("to", to instanceof java.time.temporal.Temporal ? to.toString() : to);
            changes.put(field, change);
        }
        return to;
    }
}
