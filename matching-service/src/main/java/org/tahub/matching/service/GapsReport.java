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
import org.tahub.identity.Role;
import org.tahub.identity.Caller;
import org.tahub.matching.api.GapsView;

/**
 * The gaps: current needs with no viable offer. A need is covered when a proposal for it stands (proposed, accepted
 * or agreed); a need whose every proposal was declined is a gap again. Counted over every current need the caller may
 * see (providers: not those of confidential assessments).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GapsReport {

    private static final List<String> PRIORITY_ORDER = List.of("HIGH", "MEDIUM", "LOW", "none");

    private final EntityManager em;

    public GapsReport(EntityManager em) {
        this.em = em;
    }

    public GapsView report(String area, String region, String priority, Caller caller, int limit) {
        StringBuilder where = new StringBuilder(" where n.current");
        Map<String, Object> params = new HashMap<>();
        if (!(caller.is(Role.ADMIN) || caller.is(Role.ANALYST))) {
            where.append(" and n.visibility <> 'CONFIDENTIAL'");
        }
        if (area != null) {
            where.append(" and :area = any(n.areas)");
            params.put("area", area);
        }
        if (region != null) {
            where.append(" and (s.region_code = :region or s.subregion_code = :region)");
            params.put("region", region);
        }
        if (priority != null) {
            where.append(" and n.priority = :priority");
            params.put("priority", priority);
        }
        String sql = "select n.state_iso3, s.name, s.region_code, n.assessment_id, n.need_id, n.activities, n.areas,"
                + " n.priority, n.text, exists (select 1 from match_proposal m where m.assessment_id = n.assessment_id"
                + " and m.need_id = n.need_id and m.status in ('PROPOSED', 'ACCEPTED', 'AGREED')) as covered"
                + " from need n join state_profile s on s.iso3 = n.state_iso3" + where;
        var query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, long[]> byArea = new TreeMap<>(Comparator.comparingInt(GapsReport::areaRank));
        Map<String, long[]> byRegion = new TreeMap<>();
        Map<String, long[]> byPriority = new TreeMap<>(Comparator.comparingInt(PRIORITY_ORDER::indexOf));
        List<GapsView.Gap> gaps = new ArrayList<>();
        long uncovered = 0;
        for (Object[] r : rows) {
            boolean covered = (Boolean) r[9];
            List<String> areas = Arrays.asList((String[]) r[6]);
            String p = r[7] == null ? "none" : (String) r[7];
            for (String a : areas) {
                count(byArea, a, covered);
            }
            count(byRegion, (String) r[2], covered);
            count(byPriority, p, covered);
            if (!covered) {
                uncovered++;
                gaps.add(new GapsView.Gap((String) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4],
                        Arrays.asList((String[]) r[5]), areas, (String) r[7], (String) r[8]));
            }
        }
        gaps.sort(Comparator.comparingInt((GapsView.Gap g) -> PRIORITY_ORDER.indexOf(g.priority() == null ? "none" : g.priority()))
                .thenComparing(GapsView.Gap::state).thenComparing(GapsView.Gap::needId));
        return new GapsView(rows.size(), uncovered, counts(byArea), counts(byRegion), counts(byPriority),
                gaps.subList(0, Math.min(limit, gaps.size())));
    }

    private static void count(Map<String, long[]> map, String key, boolean covered) {
        long[] c = map.computeIfAbsent(key, k -> new long[2]);
        c[1]++;
        if (!covered) {
            c[0]++;
        }
    }

    private static List<GapsView.Count> counts(Map<String, long[]> map) {
        return map.entrySet().stream().map(e -> new GapsView.Count(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static int areaRank(String area) {
        int i = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI").indexOf(area);
        return i < 0 ? 99 : i;
    }
}
