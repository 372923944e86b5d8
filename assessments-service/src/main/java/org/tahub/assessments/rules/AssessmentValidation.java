package org.tahub.assessments.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tahub.assessments.api.AnswerInput;
import org.tahub.assessments.api.AssessmentInput;
import org.tahub.assessments.api.RatificationInput;
import org.tahub.assessments.api.StatementInput;
import org.tahub.assessments.domain.Answer;
import org.tahub.assessments.domain.Basis;
import org.tahub.assessments.domain.Implementation;
import org.tahub.assessments.domain.Priority;
import org.tahub.assessments.domain.Ratification;
import org.tahub.assessments.domain.RatificationStatus;
import org.tahub.assessments.domain.State;
import org.tahub.assessments.domain.Statement;
import org.tahub.assessments.domain.Visibility;
import org.tahub.assessments.service.ChecklistReadModel;
import org.tahub.problems.Problem;
import org.tahub.problems.ProblemException;

/**
 * Checks a draft's content against the checklist (this service's read model of the catalogue) and the states
 * registry, all at once: a 422 problem lists every offending field, and nothing is saved.
 */
@ApplicationScoped
public class AssessmentValidation {

    public static final int FIRST_PERIOD = 2001;
    public static final int MAX_NARRATIVE = 4000;
    public static final int MAX_STATEMENT = 2000;
    public static final int MAX_STATEMENTS = 100;
    public static final int MAX_EVIDENCE = 10;
    public static final int MAX_URL = 2000;

    private final ChecklistReadModel checklist;
    private final Clock clock;

    @Inject
    public AssessmentValidation(ChecklistReadModel checklist) {
        this(checklist, Clock.systemUTC());
    }

    AssessmentValidation(ChecklistReadModel checklist, Clock clock) {
        this.checklist = checklist;
        this.clock = clock;
    }

    /**
     * @param fixedState  the state of the draft being replaced (null on creation)
     * @param fixedPeriod the period of the draft being replaced (null on creation)
     */
    public AssessmentContent check(AssessmentInput in, String fixedState, Integer fixedPeriod) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in == null) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body", "is required")));
        }
        String state = fixedState;
        if (fixedState == null) {
            if (in.state() == null || in.state().isBlank()) {
                errors.add(error("body.state", "is required"));
            } else if (State.findById(in.state()) == null) {
                errors.add(error("body.state", "'" + in.state() + "' is not a state of the registry (ISO 3166-1 alpha-3, e.g. KEN)"));
            } else {
                state = in.state();
            }
        } else if (in.state() != null && !in.state().equals(fixedState)) {
            errors.add(error("body.state", "cannot change (this assessment is " + fixedState + "'s)"));
        }
        Integer period = fixedPeriod;
        if (fixedPeriod == null) {
            period = checkPeriod(in.period(), errors);
        } else if (in.period() != null && !in.period().equals(fixedPeriod)) {
            errors.add(error("body.period", "cannot change; create an assessment for " + in.period() + " instead"));
        }
        Visibility visibility = in.visibility() == null ? Visibility.CONFIDENTIAL
                : parse(Visibility.class, in.visibility(), "body.visibility", errors);

        Map<String, String> activities = checklist.activeActivityAreas();
        List<Answer> answers = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        List<AnswerInput> answerInputs = in.answersOrEmpty();
        for (int i = 0; i < answerInputs.size(); i++) {
            Answer a = checkAnswer(answerInputs.get(i), null, "body.answers[" + i + "]", activities, errors);
            if (a != null && !answered.add(a.activity())) {
                errors.add(error("body.answers[" + i + "].activity", "'" + a.activity() + "' is answered more than once"));
            } else if (a != null) {
                answers.add(a);
            }
        }

        Set<String> instruments = checklist.universalInstrumentSlugs();
        List<Ratification> ratifications = new ArrayList<>();
        Set<String> rated = new HashSet<>();
        List<RatificationInput> ratificationInputs = in.ratificationsOrEmpty();
        for (int i = 0; i < ratificationInputs.size(); i++) {
            Ratification r = checkRatification(ratificationInputs.get(i), "body.ratifications[" + i + "]", instruments, errors);
            if (r != null && !rated.add(r.instrument())) {
                errors.add(error("body.ratifications[" + i + "].instrument", "'" + r.instrument() + "' is given more than once"));
            } else if (r != null) {
                ratifications.add(r);
            }
        }

        List<Statement> statements = new ArrayList<>();
        List<StatementInput> statementInputs = in.statementsOrEmpty();
        if (statementInputs.size() > MAX_STATEMENTS) {
            errors.add(error("body.statements", "at most " + MAX_STATEMENTS + " statements"));
        }
        for (int i = 0; i < statementInputs.size() && i < MAX_STATEMENTS; i++) {
            Statement s = checkStatement(statementInputs.get(i), i + 1, "body.statements[" + i + "]", activities, errors);
            if (s != null) {
                statements.add(s);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        return new AssessmentContent(state, period, visibility, answers, ratifications, statements);
    }

    /** Checks one answer; {@code pathActivity} is the activity named in the path of PUT .../answers/{activity}. */
    public Answer checkAnswer(AnswerInput in, String pathActivity, String at, Map<String, String> activities,
                              List<Problem.FieldError> errors) {
        int before = errors.size();
        if (in == null) {
            errors.add(error(at, "is required"));
            return null;
        }
        String activity = in.activity();
        if (pathActivity != null) {
            if (activity != null && !activity.equals(pathActivity)) {
                errors.add(error(at + ".activity", "is '" + activity + "' but the path names '" + pathActivity + "'"));
            }
            activity = pathActivity;
        }
        if (activity == null || activity.isBlank()) {
            errors.add(error(at + ".activity", "is required"));
        } else if (!activities.containsKey(activity)) {
            errors.add(error(at + ".activity", "'" + activity + "' is not an activity of the checklist"));
        }
        Implementation status = required(Implementation.class, in.status(), at + ".status", errors);
        Basis basis = in.basis() == null ? null : parse(Basis.class, in.basis(), at + ".basis", errors);
        boolean needed = Boolean.TRUE.equals(in.assistanceNeeded());
        Priority priority = in.priority() == null ? null : parse(Priority.class, in.priority(), at + ".priority", errors);
        if (needed && in.priority() == null) {
            errors.add(error(at + ".priority", "is required when assistance is needed (HIGH, MEDIUM or LOW)"));
        }
        if (!needed && in.priority() != null) {
            errors.add(error(at + ".priority", "is only given when assistance is needed"));
        }
        if (needed && status == Implementation.NOT_APPLICABLE) {
            errors.add(error(at + ".assistanceNeeded", "cannot be true for an activity that is not applicable"));
        }
        checkLength(in.narrative(), MAX_NARRATIVE, at + ".narrative", errors);
        List<String> evidence = in.evidence() == null ? List.of() : in.evidence();
        if (evidence.size() > MAX_EVIDENCE) {
            errors.add(error(at + ".evidence", "at most " + MAX_EVIDENCE + " links"));
        }
        for (int j = 0; j < evidence.size(); j++) {
            checkLink(evidence.get(j), at + ".evidence[" + j + "]", errors);
        }
        return errors.size() > before ? null
                : new Answer(activity, status, basis, needed, priority, blankToNull(in.narrative()), List.copyOf(evidence));
    }

    private Ratification checkRatification(RatificationInput in, String at, Set<String> instruments,
                                           List<Problem.FieldError> errors) {
        int before = errors.size();
        if (in == null) {
            errors.add(error(at, "is required"));
            return null;
        }
        if (in.instrument() == null || in.instrument().isBlank()) {
            errors.add(error(at + ".instrument", "is required"));
        } else if (!instruments.contains(in.instrument())) {
            errors.add(error(at + ".instrument", "'" + in.instrument()
                    + "' is not a universal instrument of the catalogue (see GET /api/v1/assessments/template)"));
        }
        RatificationStatus status = required(RatificationStatus.class, in.status(), at + ".status", errors);
        LocalDate signed = date(in.signedOn(), at + ".signedOn", errors);
        LocalDate consent = date(in.consentOn(), at + ".consentOn", errors);
        if (consent != null && status != null && status != RatificationStatus.PARTY) {
            errors.add(error(at + ".consentOn", "is only given for a party"));
        }
        if (signed != null && status == RatificationStatus.NOT_PARTY) {
            errors.add(error(at + ".signedOn", "a state that signed is a SIGNATORY, not NOT_PARTY"));
        }
        if (signed != null && consent != null && signed.isAfter(consent)) {
            errors.add(error(at + ".signedOn", "is after consentOn"));
        }
        return errors.size() > before ? null : new Ratification(in.instrument(), status, signed, consent);
    }

    private Statement checkStatement(StatementInput in, int ordinal, String at, Map<String, String> activities,
                                     List<Problem.FieldError> errors) {
        int before = errors.size();
        if (in == null) {
            errors.add(error(at, "is required"));
            return null;
        }
        if (in.text() == null || in.text().isBlank()) {
            errors.add(error(at + ".text", "is required"));
        } else {
            checkLength(in.text(), MAX_STATEMENT, at + ".text", errors);
        }
        Priority priority = in.priority() == null ? null : parse(Priority.class, in.priority(), at + ".priority", errors);
        Set<String> areaCodes = new HashSet<>(activities.values());
        List<String> areas = in.areas() == null ? List.of() : in.areas();
        for (int j = 0; j < areas.size(); j++) {
            if (!areaCodes.contains(areas.get(j))) {
                errors.add(error(at + ".areas[" + j + "]", "'" + areas.get(j) + "' is not an area of the checklist (I to XI)"));
            }
        }
        List<String> tagged = in.activities() == null ? List.of() : in.activities();
        for (int j = 0; j < tagged.size(); j++) {
            if (!activities.containsKey(tagged.get(j))) {
                errors.add(error(at + ".activities[" + j + "]", "'" + tagged.get(j) + "' is not an activity of the checklist"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        List<String> allAreas = new ArrayList<>(areas);
        tagged.stream().map(activities::get).filter(a -> !allAreas.contains(a)).forEach(allAreas::add);
        return new Statement(ordinal, in.text().strip(), priority, List.copyOf(allAreas), List.copyOf(tagged), null);
    }

    private Integer checkPeriod(Integer period, List<Problem.FieldError> errors) {
        int thisYear = Year.now(clock).getValue();
        if (period == null) {
            errors.add(error("body.period", "is required (the reporting year, e.g. " + thisYear + ")"));
            return null;
        }
        if (period > thisYear) {
            errors.add(error("body.period", period + " is in the future"));
            return null;
        }
        if (period < FIRST_PERIOD) {
            errors.add(error("body.period", "must be " + FIRST_PERIOD + " (resolution 1373) or later"));
            return null;
        }
        return period;
    }

    private LocalDate date(String value, String at, List<Problem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.isAfter(LocalDate.now(clock))) {
                errors.add(error(at, value + " is in the future"));
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(error(at, "'" + value + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static void checkLink(String link, String at, List<Problem.FieldError> errors) {
        if (link == null || link.isBlank()) {
            errors.add(error(at, "is empty"));
            return;
        }
        if (link.length() > MAX_URL) {
            errors.add(error(at, "is longer than " + MAX_URL + " characters"));
            return;
        }
        try {
            URI uri = new URI(link);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.add(error(at, "'" + link + "' is not an http or https link"));
            }
        } catch (URISyntaxException e) {
            errors.add(error(at, "'" + link + "' is not a valid link"));
        }
    }

    private static void checkLength(String text, int max, String at, List<Problem.FieldError> errors) {
        if (text != null && text.length() > max) {
            errors.add(error(at, "is " + text.length() + " characters long; at most " + max));
        }
    }

    private static <E extends Enum<E>> E required(Class<E> type, String value, String at, List<Problem.FieldError> errors) {
        if (value == null) {
            errors.add(error(at, "is required (" + names(type) + ")"));
            return null;
        }
        return parse(type, value, at, errors);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String at, List<Problem.FieldError> errors) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        errors.add(error(at, "'" + value + "' is not one of " + names(type)));
        return null;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Problem.FieldError error(String field, String message) {
        return new Problem.FieldError(field, message);
    }
}
