package org.tahub.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.tahub.identity.Caller;
import org.tahub.identity.Role;

/**
 * Timeliness (guideline 9): for each need of a self-assessment, the time from its submission to its first proposal, to
 * the first engagement agreed for it and to the first one completed. A stage is measured on the assessment version it
 * happened on (a proposal, and an engagement, belong to one), so a new version of an assessment starts its needs'
 * clocks again for what comes after it. A current need that has not reached a stage is waiting for it: for agreement
 * and delivery, an engagement on any version of the need ends the wait, as delivery outlives a new version (the gaps'
 * rule). Providers see the needs of assessments that are not confidential, and their own row of {@code byProvider}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimelinessReport {

    private static final String OVERALL = "all";
    private static final List<String> AREAS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI");

    private final EntityManager em;

    public TimelinessReport(EntityManager em) {
        this.em = em;
    }

    public Timeliness report(String area, String region, Caller caller) {
        Instant now = Instant.now();
        Map<String, Object> params = new HashMap<>();
        String where = needsWhere(area, region, caller, params);

        List<Object[]> needs = rows("select n.areas, s.region_code, n.current, n.submitted_at,"
                + " (select min(m.created_at) from match_proposal m where m.assessment_id = n.assessment_id"
                + "  and m.need_id = n.need_id),"
                + " (select min(e.agreed_at) from engagement e where e.assessment_id = n.assessment_id"
                + "  and e.need_id = n.need_id),"
                + " (select min(e.completed_at) from engagement e where e.assessment_id = n.assessment_id"
                + "  and e.need_id = n.need_id),"
                + " exists (select 1 from engagement e where e.state_iso3 = n.state_iso3 and e.need_id = n.need_id),"
                + " exists (select 1 from engagement e where e.state_iso3 = n.state_iso3 and e.need_id = n.need_id"
                + "  and e.completed_at is not null)"
                + " from need n join state_profile s on s.iso3 = n.state_iso3" + where, params);
        Waits overall = new Waits();
        Groups byArea = new Groups(r -> Arrays.asList((String[]) r[0]));
        Groups byRegion = new Groups(r -> List.of(r[1] == null ? "none" : (String) r[1]));
        for (Object[] r : needs) {
            boolean current = (Boolean) r[2];
            Instant submitted = instant(r[3]);
            List<Waits> groups = new ArrayList<>(byArea.of(r));
            groups.addAll(byRegion.of(r));
            groups.add(overall);
            for (Waits w : groups) {
                w.proposal.add(submitted, instant(r[4]), current, now);
                w.agreement.add(submitted, instant(r[5]), current && !(Boolean) r[7], now);
                w.completion.add(submitted, instant(r[6]), current && !(Boolean) r[8], now);
            }
        }

        // By provider: that provider's first proposal for each need, and its engagements.
        Groups byProvider = new Groups(r -> List.of((String) r[0]));
        for (Object[] r : rows("select m.provider_id, n.submitted_at, min(m.created_at),"
                + " bool_or(m.status = 'ACCEPTED' and n.current)"
                + " from match_proposal m join need n on n.assessment_id = m.assessment_id and n.need_id = m.need_id"
                + " join state_profile s on s.iso3 = n.state_iso3" + where + ownRow(caller, "m.provider_id", params)
                + " group by m.provider_id, n.assessment_id, n.need_id, n.submitted_at", params)) {
            for (Waits w : byProvider.of(r)) {
                w.proposal.add(instant(r[1]), instant(r[2]), false, now);
                w.agreement.add(instant(r[1]), null, (Boolean) r[3], now);
            }
        }
        for (Object[] r : rows("select e.provider_id, n.submitted_at, e.agreed_at, e.completed_at, n.current"
                + " from engagement e join need n on n.assessment_id = e.assessment_id and n.need_id = e.need_id"
                + " join state_profile s on s.iso3 = n.state_iso3" + where + ownRow(caller, "e.provider_id", params),
                params)) {
            for (Waits w : byProvider.of(r)) {
                w.agreement.add(instant(r[1]), instant(r[2]), false, now);
                w.completion.add(instant(r[1]), instant(r[3]), r[3] == null, now);
            }
        }
        return new Timeliness(needs.size(), overall.row(OVERALL),
                byArea.rows(Comparator.comparingInt(TimelinessReport::areaRank)),
                byRegion.rows(Comparator.naturalOrder()), byProvider.rows(Comparator.naturalOrder()));
    }

    /** The needs counted: of self-assessments, with a submission time, that the caller may see, after the filters. */
    private static String needsWhere(String area, String region, Caller caller, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where n.origin = 'self-assessment' and n.submitted_at is not null");
        NeedScope.append(where, area, region, caller, params);
        return where.toString();
    }

    /** A provider sees its own row of {@code byProvider} only ({@code column} names it); analysts and admins all. */
    private static String ownRow(Caller caller, String column, Map<String, Object> params) {
        if (caller.is(Role.ADMIN) || caller.is(Role.ANALYST)) {
            return "";
        }
        params.put("callerProvider", caller.provider() == null ? "" : caller.provider());
        return " and " + column + " = :callerProvider";
    }

    private List<Object[]> rows(String sql, Map<String, Object> params) {
        var query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    private static int areaRank(String area) {
        int i = AREAS.indexOf(area);
        return i < 0 ? AREAS.size() : i;
    }

    /** The waits of one group, keyed as {@code keys} reads a row. */
    private static final class Groups {
        private final Function<Object[], List<String>> keys;
        private final Map<String, Waits> waits = new HashMap<>();

        Groups(Function<Object[], List<String>> keys) {
            this.keys = keys;
        }

        List<Waits> of(Object[] row) {
            List<Waits> out = new ArrayList<>();
            for (String key : keys.apply(row)) {
                out.add(waits.computeIfAbsent(key, k -> new Waits()));
            }
            return out;
        }

        List<Timeliness.Row> rows(Comparator<String> order) {
            Map<String, Waits> sorted = new TreeMap<>(order);
            sorted.putAll(waits);
            return sorted.entrySet().stream().map(e -> e.getValue().row(e.getKey())).toList();
        }
    }

    /** The three waits of a group. */
    private static final class Waits {
        final Wait proposal = new Wait();
        final Wait agreement = new Wait();
        final Wait completion = new Wait();

        Timeliness.Row row(String key) {
            return new Timeliness.Row(key, proposal.span(), agreement.span(), completion.span());
        }
    }

    /** One wait of a group: the durations of those that reached the stage, and those still waiting. */
    static final class Wait {
        private final List<Long> reached = new ArrayList<>();
        private long waiting;
        private Long oldestWaiting;

        /**
         * Counts one need: reached at {@code reachedAt} if not null, else waiting since {@code submitted} if
         * {@code stillWaiting}.
         */
        void add(Instant submitted, Instant reachedAt, boolean stillWaiting, Instant now) {
            if (reachedAt != null) {
                reached.add(Math.max(0, Duration.between(submitted, reachedAt).getSeconds()));
            } else if (stillWaiting) {
                waiting++;
                long age = Math.max(0, Duration.between(submitted, now).getSeconds());
                oldestWaiting = oldestWaiting == null ? age : Math.max(oldestWaiting, age);
            }
        }

        Timeliness.Span span() {
            if (reached.isEmpty()) {
                return new Timeliness.Span(0, null, null, null, waiting, oldestWaiting);
            }
            long[] sorted = reached.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Timeliness.Span(sorted.length, median(sorted), nearestRank(sorted, 0.9),
                    sorted[sorted.length - 1], waiting, oldestWaiting);
        }

        /** The median: the middle value, or the mean of the two middle ones (rounded down). */
        static long median(long[] sorted) {
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        /** The nearest-rank percentile: the smallest value with at least {@code p} of the values at or below it. */
        static long nearestRank(long[] sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }
    }
}
