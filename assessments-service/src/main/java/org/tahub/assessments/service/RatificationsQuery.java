package org.tahub.assessments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.tahub.assessments.domain.Ratification;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.rules.AssessmentAccess;
import org.tahub.identity.Caller;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.paging.Page;

/**
 * Each state's standing towards the universal instruments, from its current assessment (its latest submitted version,
 * whether awaiting validation, validated or returned; of the newest period if ever there were several), as the caller
 * may see it: the very rules of the needs list. One query counts the states, one reads the page (the versions with
 * their states' names); the standings are the versions' own lists.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RatificationsQuery {

    /** {@code instrument} keeps only the standings towards that instrument; the states are listed all the same. */
    public record Criteria(String state, String instrument, PageRequest paging) {
    }

    /** The standings a state's current version reports (only those towards the instrument asked for, if any). */
    public record ReportedStandings(Assessment assessment, String stateName, List<Ratification> standings) {
    }

    /** Each state's current version, of its newest period. */
    private static final String CURRENT = "with current_version as (select distinct on (c.state_iso3) c.*"
            + " from assessment c where c.status in ('SUBMITTED', 'VALIDATED', 'RETURNED')"
            + " order by c.state_iso3, c.period desc, c.revision desc)";

    private final EntityManager em;
    private final AssessmentAccess access;

    public RatificationsQuery(EntityManager em, AssessmentAccess access) {
        this.em = em;
        this.access = access;
    }

    public Page<ReportedStandings> list(Criteria c, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(access.visibleSubmittedSql(caller, params));
        if (c.state() != null) {
            where.append(" and a.state_iso3 = :state");
            params.put("state", c.state());
        }
        String from = " from current_version a join state s on s.iso3 = a.state_iso3 where " + where;
        Query count = em.createNativeQuery(CURRENT + " select count(*)" + from);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> select = em.createNativeQuery(CURRENT + " select a.*, s.name as state_name" + from
                + " order by a.state_iso3").unwrap(NativeQuery.class);
        select.addEntity("a", Assessment.class).addScalar("state_name", String.class);
        params.forEach(select::setParameter);
        select.setFirstResult(c.paging().offset());
        select.setMaxResults(c.paging().size());
        List<ReportedStandings> items = new ArrayList<>();
        for (Object[] row : select.getResultList()) {
            Assessment a = (Assessment) row[0];
            items.add(new ReportedStandings(a, (String) row[1], a.ratifications.stream()
                    .filter(r -> c.instrument() == null || c.instrument().equals(r.instrument())).toList()));
        }
        return new Page<>(items, total);
    }
}
