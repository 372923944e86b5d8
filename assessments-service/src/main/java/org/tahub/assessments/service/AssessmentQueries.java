package org.tahub.assessments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.AssessmentStatus;
import org.tahub.assessments.rules.AssessmentAccess;
import org.tahub.identity.Caller;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.paging.Page;

/** Reads assessments as the caller may see them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentQueries {

    public record Criteria(String state, Integer period, AssessmentStatus status, String origin, PageRequest paging) {
    }

    private final AssessmentAccess access;

    public AssessmentQueries(AssessmentAccess access) {
        this.access = access;
    }

    /** The version, or a 404 problem when it does not exist or the caller may not see it. */
    public Assessment get(UUID id, Caller caller) {
        Assessment a = Assessment.findById(id);
        access.requireReadable(caller, a);
        return a;
    }

    /**
     * The version that superseded {@code a}, as the caller may know it: that version when the caller may see it;
     * otherwise the newest later version of the chain that it may see; otherwise null. A provider reading a shared
     * version superseded by a confidential one does not learn the confidential one's id.
     */
    public UUID supersededByAsSeenBy(Assessment a, Caller caller) {
        UUID visible = null;
        Set<UUID> seen = new HashSet<>();
        for (UUID next = a.supersededBy; next != null && seen.add(next); ) {
            Assessment successor = Assessment.findById(next);
            if (successor == null) {
                break;
            }
            if (access.canRead(caller, successor)) {
                if (next.equals(a.supersededBy)) {
                    return next;
                }
                visible = next;
            }
            next = successor.supersededBy;
        }
        return visible;
    }

    /** Newest first: by state, then period and revision descending. */
    public Page<Assessment> list(Criteria c, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(access.visibleWhere(caller, params));
        if (c.state() != null) {
            where.append(" and a.state = :state");
            params.put("state", c.state());
        }
        if (c.period() != null) {
            where.append(" and a.period = :period");
            params.put("period", c.period());
        }
        if (c.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", c.status());
        }
        if (c.origin() != null) {
            where.append(" and a.origin = :origin");
            params.put("origin", c.origin());
        }
        String query = "from Assessment a where " + where;
        long total = Assessment.count(query, params);
        int first = c.paging().offset();
        List<Assessment> items = Assessment.<Assessment>find(query + " order by a.state, a.period desc, a.revision desc",
                params).range(first, first + c.paging().size() - 1).list();
        return new Page<>(items, total);
    }

    /** Every submitted version of a state the caller may see, oldest period first (the input of progress). */
    public List<Assessment> submittedVersions(String state, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        params.put("state", state);
        params.put("draft", AssessmentStatus.DRAFT);
        return Assessment.<Assessment>find("from Assessment a where " + access.visibleWhere(caller, params)
                + " and a.state = :state and a.status <> :draft order by a.period, a.revision", params).list();
    }
}
