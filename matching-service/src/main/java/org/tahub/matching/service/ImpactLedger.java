package org.tahub.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.tahub.events.assessments.ActivityStatusV1;
import org.tahub.events.assessments.AssessmentSubmittedV2;
import org.tahub.matching.domain.Engagement;
import org.tahub.matching.domain.EngagementStatus;

/**
 * The impact of assistance (guideline 7): when a state submits its next assessment, each engagement it completed
 * since is compared with its activity's status then: IMPROVED (a step up: not implemented, partially implemented,
 * implemented), UNCHANGED, WORSENED, or NOT_REPORTED when the new assessment does not answer the activity.
 */
@ApplicationScoped
public class ImpactLedger {

    private static final List<String> STEPS = List.of("NOT_IMPLEMENTED", "PARTIALLY_IMPLEMENTED", "IMPLEMENTED");

    /** Records the impact of the state's completed engagements against the assessment just submitted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AssessmentSubmittedV2 s) {
        Map<String, String> statuses = new java.util.HashMap<>();
        for (ActivityStatusV1 a : s.statuses() == null ? List.<ActivityStatusV1>of() : s.statuses()) {
            statuses.put(a.activity(), a.status());
        }
        List<Engagement> done = Engagement.list("state = ?1 and status in ?2 and afterAssessmentId is null "
                + "and baselinePeriod < ?3", s.state(), List.of(EngagementStatus.COMPLETED, EngagementStatus.EVALUATED),
                s.period());
        for (Engagement e : done) {
            e.afterAssessmentId = UUID.fromString(s.assessmentId());
            e.afterPeriod = s.period();
            String after = e.activities.stream().map(statuses::get).filter(x -> x != null).findFirst().orElse(null);
            e.afterStatus = after;
            e.impact = impact(e.baselineStatus, after);
        }
    }

    static String impact(String before, String after) {
        int b = STEPS.indexOf(before);
        int a = STEPS.indexOf(after);
        if (after == null || a < 0 || b < 0) {
            return "NOT_REPORTED";
        }
        return a > b ? "IMPROVED" : a < b ? "WORSENED" : "UNCHANGED";
    }

    /** Impact by provider, area and state, over the engagements the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Impact report(List<Engagement> engagements) {
        return new Impact(tally(engagements, e -> List.of(e.providerId)), tally(engagements, e -> e.areas),
                tally(engagements, e -> List.of(e.state)));
    }

    private static List<Impact.Row> tally(List<Engagement> engagements, Function<Engagement, List<String>> keys) {
        Map<String, long[]> rows = new TreeMap<>();
        for (Engagement e : engagements) {
            for (String k : keys.apply(e)) {
                long[] r = rows.computeIfAbsent(k, x -> new long[6]);
                r[0]++;
                if (e.status == EngagementStatus.COMPLETED || e.status == EngagementStatus.EVALUATED) {
                    r[1]++;
                }
                if (e.impact != null) {
                    switch (e.impact) {
                        case "IMPROVED" -> r[2]++;
                        case "UNCHANGED" -> r[3]++;
                        case "WORSENED" -> r[4]++;
                        default -> r[5]++;
                    }
                }
            }
        }
        List<Impact.Row> out = new ArrayList<>();
        rows.forEach((k, r) -> {
            long measured = r[2] + r[3] + r[4];
            out.add(new Impact.Row(k, r[0], r[1], measured, r[2], r[3], r[4], r[5],
                    measured == 0 ? null : Math.round(1000.0 * r[2] / measured) / 1000.0));
        });
        return out;
    }

}
