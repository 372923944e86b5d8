package org.tahub.instruments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tahub.instruments.domain.Activity;
import org.tahub.instruments.domain.Area;
import org.tahub.instruments.domain.CatalogueEntryChanged;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.CodeParameters;

/** The implementation checklist: areas, activities, their search, and curators' changes to their wording. */
@ApplicationScoped
@Transactional
public class ChecklistService {


    /** The longest search text a client may send. */
    public static final int MAX_SEARCH_TEXT = 500;

    private final EntityManager em;
    private final Event<CatalogueEntryChanged> changed;
    private final ChangeLog changeLog;

    public ChecklistService(EntityManager em, Event<CatalogueEntryChanged> changed, ChangeLog changeLog) {
        this.em = em;
        this.changed = changed;
        this.changeLog = changeLog;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Area> areas() {
        return Area.inOrder();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Area> area(String code) {
        return Area.findByIdOptional(code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> activityCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select a.area, count(a) from Activity a group by a.area", Object[].class).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Activities in checklist order, optionally of one area, optionally matching a search text (ranked by relevance:
     * title and keywords first, then the description; English stemming, so "financing" finds "finance").
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Activity> activities(String area, String q) {
        if (area != null && area.isBlank()) {
            area = null;
        }
        CodeParameters.area("area", area);
        if (q != null && q.length() > MAX_SEARCH_TEXT) {
            throw ProblemException.badRequest("query.q", "is longer than " + MAX_SEARCH_TEXT + " characters");
        }
        if (q == null || q.isBlank()) {
            return area == null ? Activity.list("order by ordinal") : Activity.list("area = ?1 order by ordinal", area);
        }
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select code from activity, websearch_to_tsquery('english', ?1) q "
                        + "where search @@ q and (?2 = '' or area_code = ?2) "
                        + "order by ts_rank_cd(search, q) desc, ordinal")
                .setParameter(1, q).setParameter(2, area == null ? "" : area).getResultList();
        Map<String, Activity> byCode = new LinkedHashMap<>();
        codes.forEach(c -> byCode.put(c, null));
        Activity.<Activity>list("code in ?1", codes).forEach(a -> byCode.put(a.code, a));
        return byCode.values().stream().filter(Objects::nonNull).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Activity> activity(String code) {
        return Activity.findByIdOptional(code);
    }

    /**
     * Changes an activity's wording if the caller saw its current version; records who changed what and publishes
     * {@code tahub.catalogue.activity.updated}.
     */
    public Activity updateActivity(String code, long expectedVersion, String title, String description,
                                   List<String> keywords, String actor) {
        Activity a = Activity.<Activity>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("activity " + code));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new Problem.FieldError("body.title", "must not be blank"));
        }
        for (int n = 0; keywords != null && n < keywords.size(); n++) {
            if (keywords.get(n) == null || keywords.get(n).isBlank()) {
                errors.add(new Problem.FieldError("body.keywords[" + n + "]", "must not be blank"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        if (a.version != expectedVersion) {
            throw ProblemException.preconditionFailed("activity " + code + " is at version " + a.version
                    + ", not " + expectedVersion + ": read it again and reapply your change");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        diff(changes, "title", a.title, title);
        diff(changes, "description", a.description, description);
        List<String> newKeywords = keywords == null ? a.keywords : List.copyOf(keywords);
        diff(changes, "keywords", a.keywords, newKeywords);
        if (changes.isEmpty()) {
            return a;
        }
        a.title = title;
        a.description = description;
        a.keywords = new ArrayList<>(newKeywords);
        a.updatedBy = actor;
        a.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.flush();
        changeLog.record("activity", code, "updated", a.version, actor, changes);
        changed.fire(new CatalogueEntryChanged(a, CatalogueEntryChanged.How.UPDATED));
        return a;
    }

    private static void diff(Map<String, Object> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from);
            change.put("to", to);
            changes.put(field, change);
        }
    }
}
