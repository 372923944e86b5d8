package org.tahub.assessments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.Need;
import org.tahub.assessments.domain.Priority;
import org.tahub.assessments.domain.State;
import org.tahub.assessments.rules.AssessmentAccess;
import org.tahub.identity.Caller;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.paging.Page;

/**
 * The needs of each state's current position (its latest submitted version, whether awaiting validation, validated
 * or returned), as the caller may see them: a state its own, a provider those shared with providers or public, an
 * analyst all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NeedsQuery {

    public record Criteria(String state, String area, String activity, Priority priority, String region,
                           String kind, PageRequest paging) {
    }

    private final EntityManager em;
    private final AssessmentAccess access;

    public NeedsQuery(EntityManager em, AssessmentAccess access) {
        this.em = em;
        this.access = access;
    }

    /**
     * How many needs, by state, period, priority and assessment status, and the same by checklist area (a need of
     * several areas counts once in each): the figures of a dashboard in one query each, under the list's rules.
     */
    public record Counts(long total, List<Count> byState, List<Count> byStateAndArea) {
    }

    /** One cell: {@code area} is null in {@link Counts#byState()}. */
    public record Count(String state, String area, int period, String priority, String assessmentStatus, long needs) {
    }

    public Page<StatedNeed> list(Criteria c, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        String from = from(c, caller, params, "");
        Query count = em.createNativeQuery("select count(*)" + from);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query select = em.createNativeQuery("select n.*" + from
                + " order by case n.priority when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2 else 3 end,"
                + " n.state_iso3, n.ordinal", Need.class);
        params.forEach(select::setParameter);
        select.setFirstResult(c.paging().offset());
        select.setMaxResults(c.paging().size());
        @SuppressWarnings("unchecked")
        List<Need> needs = select.getResultList();
        return new Page<>(inContext(needs), total);
    }

    public Counts counts(Criteria c, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        String from = from(c, caller, params, "");
        List<Count> byState = cells("select n.state_iso3, null, a.period, n.priority, a.status, count(*)" + from
                + " group by 1, 3, 4, 5 order by 1, 3, 4, 5", params);
        List<Count> byArea = cells("select n.state_iso3, area, a.period, n.priority, a.status, count(*)"
                + from(c, caller, new HashMap<>(), " cross join lateral unnest(n.areas) area")
                + " group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5", params);
        return new Counts(byState.stream().mapToLong(Count::needs).sum(), byState, byArea);
    }

    private List<Count> cells(String sql, Map<String, Object> params) {
        Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Count((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                (String) r[3], (String) r[4], ((Number) r[5]).longValue())).toList();
    }

    /**
     * The needs the criteria and the caller's rights select: a FROM ... WHERE clause (with {@code join} after the
     * tables), its parameters in params.
     */
    private String from(Criteria c, Caller caller, Map<String, Object> params, String join) {
        StringBuilder where = new StringBuilder("a.status in ('SUBMITTED', 'VALIDATED', 'RETURNED') and ")
                .append(access.visibleSubmittedSql(caller, params));
        if (c.state() != null) {
            where.append(" and n.state_iso3 = :state");
            params.put("state", c.state());
        }
        if (c.area() != null) {
            where.append(" and :area = any(n.areas)");
            params.put("area", c.area());
        }
        if (c.activity() != null) {
            where.append(" and :activity = any(n.activities)");
            params.put("activity", c.activity());
        }
        if (c.priority() != null) {
            where.append(" and n.priority = :priority");
            params.put("priority", c.priority().name());
        }
        if (c.kind() != null) {
            where.append(" and n.kind = :kind");
            params.put("kind", c.kind());
        }
        if (c.region() != null) {
            where.append(" and (s.region_code = :region or s.subregion_code = :region or s.intermediate_code = :region)");
            params.put("region", c.region());
        }
        return " from need n join assessment a on a.id = n.assessment_id join state s on s.iso3 = n.state_iso3" + join
                + " where " + where;
    }

    /** The needs of one version, in order (the caller's right to see the version is checked before). */
    public List<StatedNeed> of(Assessment a) {
        return inContext(Need.list("assessmentId = ?1 order by ordinal", a.id));
    }

    /** A need with the version it was stated in and its state, as a list shows it. */
    public record StatedNeed(Need need, Assessment assessment, State state) {
    }

    private List<StatedNeed> inContext(List<Need> needs) {
        if (needs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = needs.stream().map(n -> n.assessmentId).distinct().toList();
        Map<UUID, Assessment> assessments = Assessment.<Assessment>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<String> iso3s = needs.stream().map(n -> n.state).distinct().toList();
        Map<String, State> states = State.<State>list("iso3 in ?1", iso3s).stream()
                .collect(Collectors.toMap(s -> s.iso3, Function.identity()));
        List<StatedNeed> stated = new ArrayList<>();
        for (Need n : needs) {
            stated.add(new StatedNeed(n, assessments.get(n.assessmentId), states.get(n.state)));
        }
        return stated;
    }
}
