package org.tahub.assessments.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tahub.assessments.command.ConfirmationInput;
import org.tahub.assessments.command.StatementInput;
import org.tahub.assessments.command.AnswerInput;
import org.tahub.assessments.command.AssessmentInput;
import org.tahub.assessments.command.DecisionInput;
import org.tahub.assessments.domain.Answer;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.AssessmentLifecycle;
import org.tahub.assessments.domain.AssessmentStatus;
import org.tahub.assessments.domain.Need;
import org.tahub.assessments.domain.State;
import org.tahub.assessments.domain.Statement;
import org.tahub.assessments.rules.AssessmentAccess;
import org.tahub.assessments.rules.AssessmentContent;
import org.tahub.assessments.rules.AssessmentValidation;
import org.tahub.assessments.rules.InvalidFields;
import org.tahub.identity.Role;
import org.tahub.identity.Caller;
import org.tahub.edge.problem.ProblemException;
import org.tahub.assessments.readmodel.ChecklistReadModel;

/**
 * The lifecycle of an assessment: a draft is created, filled and submitted by its state; an analyst validates it or
 * returns it; a returned version is revised as a new draft; a submission supersedes the state's earlier position.
 * Every change and its events commit together, or neither does.
 */
@ApplicationScoped
@Transactional
public class AssessmentWorkflow {

    private final EntityManager em;
    private final AssessmentValidation validation;
    private final AssessmentAccess access;
    private final Event<AssessmentLifecycle> lifecycle;
    private final ChecklistReadModel checklist;

    public AssessmentWorkflow(EntityManager em, AssessmentValidation validation, AssessmentAccess access,
                              Event<AssessmentLifecycle> lifecycle, ChecklistReadModel checklist) {
        this.em = em;
        this.validation = validation;
        this.access = access;
        this.lifecycle = lifecycle;
        this.checklist = checklist;
    }

    public Assessment create(AssessmentInput input, Caller caller) {
        AssessmentInput in = input;
        if (!caller.is(Role.ADMIN) && !caller.is(Role.STATE)) {
            throw ProblemException.forbidden("only a state's focal point creates its assessments");
        }
        if (in != null && caller.is(Role.STATE)) {
            if (in.state() == null) {
                in = new AssessmentInput(caller.state(), in.period(), in.visibility(), in.answers(),
                        in.ratifications(), in.statements());
            }
            access.requireMayCreateFor(caller, in.state());
        }
        AssessmentContent content = validation.check(in, null, null);
        lockState(content.state());
        Optional<Assessment> existing = Assessment.find("state = ?1 and period = ?2 order by revision desc",
                content.state(), content.period()).firstResultOptional();
        if (existing.isPresent()) {
            throw ProblemException.conflict("assessment-exists", content.state() + " already has an assessment for "
                    + content.period() + " (" + existing.get().id + ", " + existing.get().status
                    + "); edit that draft, or revise it once returned");
        }
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.state = content.state();
        a.period = content.period();
        a.revision = 1;
        a.status = AssessmentStatus.DRAFT;
        a.origin = Assessment.SELF_ASSESSMENT;
        a.createdBy = caller.subject();
        a.createdAt = now();
        apply(a, content);
        a.persist();
        return a;
    }

    public Assessment replace(UUID id, AssessmentInput in, Long ifMatch, Caller caller) {
        Assessment a = draftOf(id, ifMatch, caller);
        apply(a, validation.check(in, a.state, a.period));
        return a;
    }

    public Assessment answer(UUID id, String activity, AnswerInput in, Long ifMatch, Caller caller) {
        Assessment a = draftOf(id, ifMatch, caller);
        Answer answer = validation.checkAnswer(in, activity);
        List<Answer> answers = new ArrayList<>(a.answers.stream().filter(x -> !x.activity().equals(activity)).toList());
        answers.add(answer);
        a.answers = answers;
        a.updatedAt = now();
        return a;
    }

    public Assessment removeAnswer(UUID id, String activity, Long ifMatch, Caller caller) {
        Assessment a = draftOf(id, ifMatch, caller);
        a.answers = new ArrayList<>(a.answers.stream().filter(x -> !x.activity().equals(activity)).toList());
        a.updatedAt = now();
        return a;
    }

    /**
     * Submits a draft: it becomes the state's current position, its needs are written and announced, and the
     * version it replaces (an earlier period, or the returned version of this period) is superseded. Submitting a
     * version that is already submitted changes nothing.
     */
    public Assessment submit(UUID id, Caller caller) {
        Assessment a = find(id);
        access.requireOwner(caller, a);
        if (a.status == AssessmentStatus.SUBMITTED) {
            return a;
        }
        if (a.status != AssessmentStatus.DRAFT) {
            throw notAllowed(a, "submit");
        }
        State state = lockState(a.state);
        em.refresh(a);
        if (a.status != AssessmentStatus.DRAFT) {
            return submit(id, caller);
        }
        // The catalogue may have retired an entry since the draft was written: check the content again.
        recheckAgainstCatalogue(a);
        Optional<Assessment> current = Assessment.find("state = ?1 and status in ?2", a.state,
                AssessmentStatus.CURRENT).firstResultOptional();
        if (current.isPresent() && current.get().period > a.period) {
            throw ProblemException.conflict("later-assessment-exists", a.state + "'s assessment for "
                    + current.get().period + " (" + current.get().id + ") is later than this one for " + a.period
                    + "; an earlier period cannot replace it");
        }
        OffsetDateTime now = now();
        List<Assessment> superseded = new ArrayList<>();
        current.ifPresent(c -> {
            c.status = AssessmentStatus.SUPERSEDED;
            c.supersededBy = a.id;
            c.supersededAt = now;
            superseded.add(c);
        });
        em.flush();
        a.status = AssessmentStatus.SUBMITTED;
        a.submittedAt = now;
        a.submittedBy = caller.subject();
        a.updatedAt = now;
        List<Need> needs = writeNeeds(a);
        em.flush();
        lifecycle.fire(new AssessmentLifecycle.Submitted(a, state, needs,
                superseded.stream().map(s -> s.id.toString()).toList()));
        superseded.forEach(s -> lifecycle.fire(new AssessmentLifecycle.Superseded(s, a)));
        return a;
    }

    public Assessment validate(UUID id, DecisionInput decision, Caller caller) {
        return decide(id, AssessmentStatus.VALIDATED, decision, caller);
    }

    /** Returns a submitted version for revision; the comment, required, says what the state should revise. */
    public Assessment returnForRevision(UUID id, DecisionInput decision, Caller caller) {
        return decide(id, AssessmentStatus.RETURNED, decision, caller);
    }

    /**
     * A state restates its 2004 requests (issue 18: they are history until it does): a new DRAFT self-assessment for
     * the period it names, whose statements are those requests with their tags and language, for the state to edit
     * and submit. Submitted, they are current needs again, matched and counted as any.
     */
    public Assessment confirm(UUID id, ConfirmationInput in, Caller caller) {
        Assessment requests = find(id);
        access.requireOwner(caller, requests);
        if (!Assessment.SYNOPSIS_2004.equals(requests.origin)) {
            throw ProblemException.conflict("not-2004-requests", "assessment " + id + " is not the 2004 requests of "
                    + "the CTC synopsis; only those are confirmed in a new assessment");
        }
        List<StatementInput> statements = requests.statements.stream().map(s -> new StatementInput(s.text(),
                s.priority() == null ? null : s.priority().name(), s.areas(), s.activities(),
                s.writtenIn() == null ? null : s.writtenIn().language())).toList();
        return create(new AssessmentInput(requests.state, in == null ? null : in.period(),
                in == null ? null : in.visibility(), List.of(), List.of(), statements), caller);
    }

    /** A returned version is revised as a new draft (the next revision), starting from its content. */
    public Assessment revise(UUID id, Caller caller) {
        Assessment returned = find(id);
        access.requireOwner(caller, returned);
        lockState(returned.state);
        Optional<Assessment> open = Assessment.find("state = ?1 and period = ?2 and status = ?3", returned.state,
                returned.period, AssessmentStatus.DRAFT).firstResultOptional();
        if (open.isPresent()) {
            throw ProblemException.conflict("draft-exists", "revision " + open.get().revision + " ("
                    + open.get().id + ") is already being drafted");
        }
        if (returned.status != AssessmentStatus.RETURNED) {
            throw notAllowed(returned, "revise");
        }
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.state = returned.state;
        a.period = returned.period;
        a.revision = returned.revision + 1;
        a.status = AssessmentStatus.DRAFT;
        a.visibility = returned.visibility;
        a.origin = returned.origin;
        a.answers = new ArrayList<>(returned.answers);
        a.ratifications = new ArrayList<>(returned.ratifications);
        a.statements = new ArrayList<>(returned.statements);
        a.createdBy = caller.subject();
        a.createdAt = now();
        a.updatedAt = a.createdAt;
        a.persist();
        return a;
    }

    private Assessment decide(UUID id, AssessmentStatus decision, DecisionInput input, Caller caller) {
        Assessment a = find(id);
        access.requireAnalyst(caller, a);
        String comment = validation.checkDecision(input, decision == AssessmentStatus.RETURNED);
        if (a.status == decision) {
            return a;
        }
        if (a.status != AssessmentStatus.SUBMITTED) {
            throw notAllowed(a, decision == AssessmentStatus.VALIDATED ? "validate" : "return");
        }
        a.status = decision;
        a.decidedAt = now();
        a.decidedBy = caller.subject();
        a.decisionComment = comment;
        a.updatedAt = a.decidedAt;
        em.flush();
        lifecycle.fire(new AssessmentLifecycle.Decided(a));
        return a;
    }

    /** Writes the needs of a version at its submission: its activities needing assistance, then its statements. */
    public List<Need> writeNeeds(Assessment a) {
        Map<String, String> areas = checklist.activeActivityAreas();
        List<String> order = new ArrayList<>(areas.keySet());
        List<Need> needs = new ArrayList<>();
        a.answers.stream().filter(Answer::assistanceNeeded)
                .sorted(java.util.Comparator.comparingInt(x -> order.indexOf(x.activity())))
                .forEach(x -> {
                    Need n = newNeed(a, "activity:" + x.activity(), Need.ACTIVITY, needs.size());
                    n.activities = List.of(x.activity());
                    n.areas = List.of(areas.get(x.activity()));
                    n.priority = x.priority();
                    n.implementation = x.status();
                    n.text = x.narrative();
                    n.language = x.narrativeWrittenIn() == null ? null : x.narrativeWrittenIn().language();
                    n.languageDetected = x.narrativeWrittenIn() == null ? null : x.narrativeWrittenIn().detected();
                    needs.add(n);
                });
        for (Statement s : a.statements) {
            Need n = newNeed(a, "statement:" + s.ordinal(), Need.STATEMENT, needs.size());
            n.activities = List.copyOf(s.activities());
            n.areas = List.copyOf(s.areas());
            n.priority = s.priority();
            n.text = s.text();
            n.language = s.writtenIn() == null ? null : s.writtenIn().language();
            n.languageDetected = s.writtenIn() == null ? null : s.writtenIn().detected();
            needs.add(n);
        }
        needs.forEach(n -> n.persist());
        return needs;
    }

    private static Need newNeed(Assessment a, String id, String kind, int ordinal) {
        Need n = new Need();
        n.assessmentId = a.id;
        n.needId = id;
        n.state = a.state;
        n.kind = kind;
        n.ordinal = ordinal;
        return n;
    }

    private void recheckAgainstCatalogue(Assessment a) {
        Map<String, String> areas = checklist.activeActivityAreas();
        java.util.Set<String> instruments = checklist.universalInstrumentSlugs();
        InvalidFields errors = new InvalidFields();
        String retired = "' was retired from the catalogue since the draft was written; remove or replace it";
        for (int i = 0; i < a.answers.size(); i++) {
            if (!areas.containsKey(a.answers.get(i).activity())) {
                errors.add("answers[" + i + "].activity", "'" + a.answers.get(i).activity() + retired);
            }
        }
        for (int i = 0; i < a.ratifications.size(); i++) {
            if (!instruments.contains(a.ratifications.get(i).instrument())) {
                errors.add("ratifications[" + i + "].instrument", "'" + a.ratifications.get(i).instrument() + retired);
            }
        }
        for (int i = 0; i < a.statements.size(); i++) {
            List<String> tagged = a.statements.get(i).activities();
            for (int j = 0; j < tagged.size(); j++) {
                if (!areas.containsKey(tagged.get(j))) {
                    errors.add("statements[" + i + "].activities[" + j + "]", "'" + tagged.get(j) + retired);
                }
            }
        }
        errors.throwIfAny();
    }

    private Assessment draftOf(UUID id, Long ifMatch, Caller caller) {
        Assessment a = find(id);
        access.requireOwner(caller, a);
        if (a.status != AssessmentStatus.DRAFT) {
            throw notAllowed(a, "change");
        }
        if (ifMatch != null && ifMatch != a.version) {
            throw ProblemException.preconditionFailed("the draft changed since you read it (version " + a.version
                    + ", If-Match names " + ifMatch + "); read it again");
        }
        return a;
    }

    private void apply(Assessment a, AssessmentContent content) {
        a.visibility = content.visibility();
        a.answers = new ArrayList<>(content.answers());
        a.ratifications = new ArrayList<>(content.ratifications());
        a.statements = new ArrayList<>(content.statements());
        a.updatedAt = now();
    }

    private State lockState(String iso3) {
        State s = em.find(State.class, iso3, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ProblemException.notFound("state");
        }
        return s;
    }

    private static Assessment find(UUID id) {
        return Assessment.findById(id);
    }

    private static ProblemException notAllowed(Assessment a, String action) {
        return ProblemException.conflict("transition-not-allowed", "cannot " + action + " assessment " + a.id
                + ": it is " + a.status + (a.status == AssessmentStatus.RETURNED
                ? " (revise it: POST /api/v1/assessments/" + a.id + "/revisions)" : ""));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
