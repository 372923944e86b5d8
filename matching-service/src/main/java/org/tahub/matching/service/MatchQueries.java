package org.tahub.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tahub.identity.Role;
import org.tahub.identity.Caller;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.domain.Need;
import org.tahub.matching.rules.MatchAccess;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.paging.Page;

/** Reads proposals, per need and across needs, and the coordination view, as the caller may see them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MatchQueries {

    public record Criteria(String state, UUID assessment, String provider, String need, MatchStatus status,
                           PageRequest page) {
    }

    private final EntityManager em;
    private final MatchAccess access;
    private final CatalogueSuggestions suggestions;

    public MatchQueries(EntityManager em, MatchAccess access, CatalogueSuggestions suggestions) {
        this.em = em;
        this.access = access;
        this.suggestions = suggestions;
    }

    public MatchProposal get(UUID id, Caller caller) {
        MatchProposal p = MatchProposal.findById(id);
        access.requireVisible(caller, id, p, p == null ? null : Need.findById(new Need.Key(p.assessmentId, p.needId)));
        return p;
    }

    /** Proposals made in each month, by their status now: the pipeline's figures in one grouped query. */
    public record MonthCount(String month, String status, long proposals) {
    }

    /**
     * How many proposals the caller may see were made each month (by {@code created_at}, UTC), by their status now,
     * withdrawn ones included; optionally for one state or one provider.
     */
    public List<MonthCount> countsByMonth(String state, String provider, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" from match_proposal m join need n on n.assessment_id = m.assessment_id"
                + " and n.need_id = m.need_id where ").append(access.visibleSql(caller, params));
        if (state != null) {
            where.append(" and m.state_iso3 = :state");
            params.put("state", state);
        }
        if (provider != null) {
            where.append(" and m.provider_id = :provider");
            params.put("provider", provider);
        }
        var select = em.createNativeQuery("select to_char(m.created_at at time zone 'UTC', 'YYYY-MM'), m.status, "
                + "count(*)" + where + " group by 1, 2 order by 1, 2");
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return rows.stream().map(r -> new MonthCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    public Page<MatchProposal> list(Criteria c, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" from match_proposal m join need n on n.assessment_id = m.assessment_id"
                + " and n.need_id = m.need_id where ").append(access.visibleSql(caller, params));
        if (c.state() != null) {
            where.append(" and m.state_iso3 = :state");
            params.put("state", c.state());
        }
        if (c.assessment() != null) {
            where.append(" and m.assessment_id = :assessment");
            params.put("assessment", c.assessment());
        }
        if (c.provider() != null) {
            where.append(" and m.provider_id = :provider");
            params.put("provider", c.provider());
        }
        if (c.need() != null) {
            where.append(" and m.need_id = :need");
            params.put("need", c.need());
        }
        if (c.status() != null) {
            where.append(" and m.status = :status");
            params.put("status", c.status().name());
        } else {
            where.append(" and m.status <> 'WITHDRAWN'");
        }
        // Counted before the page is read: a list that grows meanwhile (a matching round committing) then never
        // answers a total with an empty page.
        var count = em.createNativeQuery("select count(*)" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        var select = em.createNativeQuery("select m.*" + where + " order by m.state_iso3, m.assessment_id, m.need_id, m.rank",
                MatchProposal.class);
        params.forEach(select::setParameter);
        select.setFirstResult(c.page().offset());
        select.setMaxResults(c.page().size());
        @SuppressWarnings("unchecked")
        List<MatchProposal> items = select.getResultList();
        return new Page<>(items, total);
    }

    /** A need of an assessment with the proposals standing for it (the caller may see) and the catalogue's suggestions. */
    public record NeedMatches(Need need, List<MatchProposal> proposals, List<Suggestion> tools,
                              List<Suggestion> instruments) {
    }

    /** Every need of an assessment with its standing proposals and the catalogue's suggestions. */
    public List<NeedMatches> byNeed(UUID assessment, Caller caller) {
        List<Need> needs = Need.list("key.assessmentId = ?1 order by key.needId", assessment);
        if (needs.isEmpty() || !access.canSeeAssessment(caller, needs.get(0))) {
            throw access.assessmentNotFound(assessment);
        }
        Need first = needs.get(0);
        Map<String, List<MatchProposal>> proposals = new HashMap<>();
        for (MatchProposal p : MatchProposal.<MatchProposal>list("assessmentId = ?1 and status <> ?2 order by rank",
                assessment, MatchStatus.WITHDRAWN)) {
            if (access.canSee(caller, p, first)) {
                proposals.computeIfAbsent(p.needId, k -> new ArrayList<>()).add(p);
            }
        }
        List<NeedMatches> out = new ArrayList<>();
        for (Need n : needs) {
            out.add(new NeedMatches(n, proposals.getOrDefault(n.key.needId(), List.of()), suggestions.tools(n),
                    suggestions.instruments(n)));
        }
        return out;
    }

    /**
     * For each current need (of the assessments the caller may see) matching the filters: every provider engaged with,
     * accepted for, or proposed for it. Who does what where.
     */
    public List<Coordination> coordination(String state, String activity, String area, Caller caller, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" from need n where n.current");
        if (!(caller.is(Role.ADMIN) || caller.is(Role.ANALYST))) {
            where.append(" and n.visibility <> 'CONFIDENTIAL'");
        }
        if (state != null) {
            where.append(" and n.state_iso3 = :state");
            params.put("state", state);
        }
        if (activity != null) {
            where.append(" and :activity = any(n.activities)");
            params.put("activity", activity);
        }
        if (area != null) {
            where.append(" and :area = any(n.areas)");
            params.put("area", area);
        }
        var select = em.createNativeQuery("select n.*" + where + " order by n.state_iso3, n.need_id", Need.class);
        params.forEach(select::setParameter);
        select.setMaxResults(limit);
        @SuppressWarnings("unchecked")
        List<Need> needs = select.getResultList();
        Map<String, Coordination> views = new LinkedHashMap<>();
        for (Need n : needs) {
            views.put(n.key.assessmentId() + "|" + n.key.needId(), new Coordination(n.state, n.key.assessmentId(),
                    n.key.needId(), n.activities, n.areas, n.priority, n.text, new ArrayList<>()));
        }
        if (!needs.isEmpty()) {
            List<UUID> assessments = needs.stream().map(n -> n.key.assessmentId()).distinct().toList();
            for (MatchProposal p : MatchProposal.<MatchProposal>list("assessmentId in ?1 and status in ?2 order by rank",
                    assessments, List.of(MatchStatus.AGREED, MatchStatus.ACCEPTED, MatchStatus.PROPOSED))) {
                Coordination v = views.get(p.assessmentId + "|" + p.needId);
                if (v != null) {
                    v.providers().add(new Coordination.Involvement(p.providerId, p.offerId, p.status.name(), p.id,
                            p.score));
                }
            }
        }
        return new ArrayList<>(views.values());
    }
}
