package org.tahub.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.tahub.identity.Caller;
import org.tahub.matching.domain.CoverageStage;

/**
 * The gaps: current needs short of a stage. Each need stands at the furthest {@link CoverageStage} it has reached: an
 * engagement for it (the same state and need, whichever version of the assessment it was agreed on, as delivery
 * outlives a new version) decides AGREED, IN_DELIVERY or DELIVERED; else a proposal of its own assessment version that
 * stands decides ACCEPTED (accepted, or agreed) or PROPOSED; else NO_PROPOSAL (never proposed, or every proposal
 * declined or withdrawn). Counted over every current need the caller may see (providers: not those of confidential
 * assessments).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GapsReport {

    private static final List<String> PRIORITY_ORDER = List.of("HIGH", "MEDIUM", "LOW", "none");

    private final EntityManager em;

    public GapsReport(EntityManager em) {
        this.em = em;
    }

    public Gaps report(CoverageStage.Gap gap, String area, String region, String priority, Caller caller,
                           int limit) {
        StringBuilder where = new StringBuilder(" where n.current");
        Map<String, Object> params = new HashMap<>();
        NeedScope.append(where, area, region, caller, params);
        if (priority != null) {
            where.append(" and n.priority = :priority");
            params.put("priority", priority);
        }
        String sql = "select n.state_iso3, s.name, s.region_code, n.assessment_id, n.need_id, n.activities, n.areas,"
                + " n.priority, n.text, case"
                + " when " + engagement("'COMPLETED', 'EVALUATED'") + " then 'DELIVERED'"
                + " when " + engagement("'IN_DELIVERY'") + " then 'IN_DELIVERY'"
                + " when " + engagement("'AGREED'") + " then 'AGREED'"
                + " when " + proposal("'ACCEPTED', 'AGREED'") + " then 'ACCEPTED'"
                + " when " + proposal("'PROPOSED'") + " then 'PROPOSED'"
                + " else 'NO_PROPOSAL' end as stage"
                + " from need n join state_profile s on s.iso3 = n.state_iso3" + where;
        var query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, long[]> byArea = new TreeMap<>(Comparator.comparingInt(GapsReport::areaRank));
        Map<String, long[]> byRegion = new TreeMap<>();
        Map<String, long[]> byPriority = new TreeMap<>(Comparator.comparingInt(PRIORITY_ORDER::indexOf));
        long[] byStage = new long[CoverageStage.values().length];
        List<Gaps.Gap> gaps = new ArrayList<>();
        long uncovered = 0;
        for (Object[] r : rows) {
            CoverageStage stage = CoverageStage.valueOf((String) r[9]);
            byStage[stage.ordinal()]++;
            boolean covered = !gap.includes(stage);
            List<String> areas = Arrays.asList((String[]) r[6]);
            String p = r[7] == null ? "none" : (String) r[7];
            for (String a : areas) {
                count(byArea, a, covered);
            }
            count(byRegion, (String) r[2], covered);
            count(byPriority, p, covered);
            if (!covered) {
                uncovered++;
                gaps.add(new Gaps.Gap((String) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4],
                        Arrays.asList((String[]) r[5]), areas, (String) r[7], (String) r[8], stage.name()));
            }
        }
        gaps.sort(Comparator.comparingInt((Gaps.Gap g) -> PRIORITY_ORDER.indexOf(g.priority() == null ? "none" : g.priority()))
                .thenComparing(Gaps.Gap::state).thenComparing(Gaps.Gap::needId));
        List<Gaps.StageCount> stages = Arrays.stream(CoverageStage.values())
                .map(st -> new Gaps.StageCount(st.name(), byStage[st.ordinal()])).toList();
        return new Gaps(gap.code(), rows.size(), uncovered, stages, counts(byArea), counts(byRegion),
                counts(byPriority), gaps.subList(0, Math.min(limit, gaps.size())));
    }

    /** Whether an engagement in one of {@code statuses} serves the need {@code n} (any version of its assessment). */
    private static String engagement(String statuses) {
        return "exists (select 1 from engagement e where e.state_iso3 = n.state_iso3 and e.need_id = n.need_id"
                + " and e.status in (" + statuses + "))";
    }

    /** Whether a proposal in one of {@code statuses} stands for the need {@code n} of its assessment version. */
    private static String proposal(String statuses) {
        return "exists (select 1 from match_proposal m where m.assessment_id = n.assessment_id"
                + " and m.need_id = n.need_id and m.status in (" + statuses + "))";
    }

    private static void count(Map<String, long[]> map, String key, boolean covered) {
        long[] c = map.computeIfAbsent(key, k -> new long[2]);
        c[1]++;
        if (!covered) {
            c[0]++;
        }
    }

    private static List<Gaps.Count> counts(Map<String, long[]> map) {
        return map.entrySet().stream().map(e -> new Gaps.Count(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static int areaRank(String area) {
        int i = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI").indexOf(area);
        return i < 0 ? 99 : i;
    }
}
