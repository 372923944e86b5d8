package org.tahub.assessments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import java.util.stream.Collectors;
import org.tahub.assessments.domain.Answer;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.ChecklistArea;
import org.tahub.assessments.domain.Implementation;
import org.tahub.assessments.domain.State;
import org.tahub.identity.Caller;
import org.tahub.edge.problem.ProblemException;
import org.tahub.assessments.readmodel.ChecklistReadModel;

/**
 * Compares a state's successive assessments. For each period the last submitted version counts; an activity
 * improved when its status moved up (not implemented, partially implemented, implemented), worsened when it moved
 * down; "not applicable" is left out of both the comparisons and the shares.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressReport {

    private final AssessmentQueries queries;
    private final ChecklistReadModel checklist;

    public ProgressReport(AssessmentQueries queries, ChecklistReadModel checklist) {
        this.queries = queries;
        this.checklist = checklist;
    }

    public Progress of(String iso3, Caller caller) {
        State state = State.findById(iso3);
        if (state == null) {
            throw ProblemException.notFound("state");
        }
        Map<Integer, Assessment> byPeriod = new TreeMap<>();
        for (Assessment a : queries.submittedVersions(iso3, caller)) {
            byPeriod.merge(a.period, a, (x, y) -> x.revision >= y.revision ? x : y);
        }
        List<Assessment> versions = new ArrayList<>(byPeriod.values());
        List<Progress.PeriodVersion> periods = versions.stream()
                .map(a -> new Progress.PeriodVersion(a.period, a.id, a.revision, a.status.name(), a.origin,
                        a.submittedAt, a.answers.size()))
                .toList();
        Map<String, String> areaOf = checklist.activeActivityAreas();
        List<Assessment> answered = versions.stream().filter(a -> !a.answers.isEmpty()).toList();
        return new Progress(iso3, state.name, periods, areas(answered, areaOf), comparisons(answered, areaOf));
    }

    private List<Progress.AreaProgress> areas(List<Assessment> versions, Map<String, String> areaOf) {
        List<Progress.AreaProgress> areas = new ArrayList<>();
        for (ChecklistArea area : checklist.areas()) {
            List<Progress.AreaShare> shares = new ArrayList<>();
            for (Assessment a : versions) {
                int implemented = 0;
                int partial = 0;
                int not = 0;
                for (Answer answer : a.answers) {
                    if (!area.code.equals(areaOf.getOrDefault(answer.activity(), areaCode(answer.activity())))) {
                        continue;
                    }
                    switch (answer.status()) {
                        case IMPLEMENTED -> implemented++;
                        case PARTIALLY_IMPLEMENTED -> partial++;
                        case NOT_IMPLEMENTED -> not++;
                        default -> {
                            // not applicable: not counted
                        }
                    }
                }
                int applicable = implemented + partial + not;
                Double share = applicable == 0 ? null : Math.round(1000.0 * implemented / applicable) / 1000.0;
                shares.add(new Progress.AreaShare(a.period, applicable, implemented, partial, not, share));
            }
            areas.add(new Progress.AreaProgress(area.code, area.title, shares));
        }
        return areas;
    }

    private List<Progress.Comparison> comparisons(List<Assessment> versions, Map<String, String> areaOf) {
        List<Progress.Comparison> comparisons = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            Assessment from = versions.get(i - 1);
            Assessment to = versions.get(i);
            Map<String, Implementation> before = statuses(from);
            Map<String, Implementation> after = statuses(to);
            List<Progress.ActivityChange> improved = new ArrayList<>();
            List<Progress.ActivityChange> worsened = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            List<String> added = new ArrayList<>();
            for (Map.Entry<String, Implementation> e : after.entrySet()) {
                Implementation was = before.get(e.getKey());
                Implementation now = e.getValue();
                if (was == null || was.rank() < 0 || now.rank() < 0) {
                    added.add(e.getKey());
                    continue;
                }
                Progress.ActivityChange change = new Progress.ActivityChange(e.getKey(),
                        areaOf.getOrDefault(e.getKey(), areaCode(e.getKey())), was.name(), now.name());
                if (now.rank() > was.rank()) {
                    improved.add(change);
                } else if (now.rank() < was.rank()) {
                    worsened.add(change);
                } else {
                    unchanged.add(e.getKey());
                }
            }
            List<String> dropped = before.keySet().stream().filter(k -> !after.containsKey(k)).toList();
            comparisons.add(new Progress.Comparison(from.period, to.period, from.id, to.id, improved.size(),
                    worsened.size(), unchanged.size(), improved, worsened, unchanged, added, dropped));
        }
        return comparisons;
    }

    /** Activity to status, in checklist order. */
    private Map<String, Implementation> statuses(Assessment a) {
        List<String> order = new ArrayList<>(checklist.activeActivityAreas().keySet());
        return a.answers.stream()
                .sorted(java.util.Comparator.comparingInt(x -> order.indexOf(x.activity()) < 0
                        ? Integer.MAX_VALUE : order.indexOf(x.activity())))
                .collect(Collectors.toMap(Answer::activity, Answer::status, (x, y) -> y, LinkedHashMap::new));
    }

    private static String areaCode(String activity) {
        return activity.split("\\.")[0];
    }

}
