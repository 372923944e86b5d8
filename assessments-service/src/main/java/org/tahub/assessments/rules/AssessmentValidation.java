package org.tahub.assessments.rules;

import static org.tahub.assessments.command.InputLimits.MAX_TAGGED_AREAS;
import static org.tahub.assessments.command.InputLimits.MAX_TAGGED_ACTIVITIES;
import static org.tahub.assessments.command.InputLimits.MAX_STATEMENTS;
import static org.tahub.assessments.command.InputLimits.MAX_RATIFICATIONS;
import static org.tahub.assessments.command.InputLimits.MAX_EVIDENCE;
import static org.tahub.assessments.command.InputLimits.MAX_ANSWERS;
import static org.tahub.assessments.command.InputLimits.FIRST_PERIOD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tahub.assessments.command.AnswerInput;
import org.tahub.assessments.command.AssessmentInput;
import org.tahub.assessments.command.DecisionInput;
import org.tahub.assessments.command.RatificationInput;
import org.tahub.assessments.command.StatementInput;
import org.tahub.assessments.domain.Answer;
import org.tahub.assessments.domain.Basis;
import org.tahub.assessments.domain.CatalogueInstrument;
import org.tahub.assessments.domain.Implementation;
import org.tahub.assessments.domain.Priority;
import org.tahub.assessments.domain.Ratification;
import org.tahub.assessments.domain.RatificationStatus;
import org.tahub.assessments.domain.State;
import org.tahub.assessments.domain.Statement;
import org.tahub.assessments.domain.Visibility;
import org.tahub.assessments.domain.WrittenIn;
import org.tahub.assessments.readmodel.ChecklistReadModel;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.languages.LanguageTags;
import org.tahub.languages.TextLanguage;

/**
 * Checks a draft's content against the caps of its input records (their {@code @Size} and {@code @NotNull}), the
 * checklist (this service's read model of the catalogue) and the states registry, all at once: a 422 problem lists
 * the offending fields (the first {@value InvalidFields#MAX_LISTED}, saying how many more), and nothing is saved.
 */
@ApplicationScoped
public class AssessmentValidation {

    private static final Pattern CONTAINER_ELEMENT = Pattern.compile("\\.?<[a-z ]+>");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final ChecklistReadModel checklist;
    private final Validator validator;
    private final Clock clock;

    @Inject
    public AssessmentValidation(ChecklistReadModel checklist, Validator validator) {
        this(checklist, validator, Clock.systemUTC());
    }

    AssessmentValidation(ChecklistReadModel checklist, Validator validator, Clock clock) {
        this.checklist = checklist;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * @param fixedState  the state of the draft being replaced (null on creation)
     * @param fixedPeriod the period of the draft being replaced (null on creation)
     */
    public AssessmentContent check(AssessmentInput in, String fixedState, Integer fixedPeriod) {
        if (in == null) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body", "is required")));
        }
        InvalidFields errors = new InvalidFields();
        constraints(in, "body", errors);
        String state = fixedState;
        if (fixedState == null) {
            if (in.state() == null || in.state().isBlank()) {
                errors.add("body.state", "is required");
            } else if (errors.has("body.state") || State.findById(in.state()) == null) {
                errors.add("body.state", "'" + brief(in.state()) + "' is not a state of the registry (ISO 3166-1 alpha-3, e.g. KEN)");
            } else {
                state = in.state();
            }
        } else if (in.state() != null && !in.state().equals(fixedState)) {
            errors.add("body.state", "cannot change (this assessment is " + fixedState + "'s)");
        }
        Integer period = fixedPeriod;
        if (fixedPeriod == null) {
            period = checkPeriod(in.period(), errors);
        } else if (in.period() != null && !in.period().equals(fixedPeriod)) {
            errors.add("body.period", "cannot change; create an assessment for " + in.period() + " instead");
        }
        Visibility visibility = in.visibility() == null ? Visibility.CONFIDENTIAL
                : parse(Visibility.class, in.visibility(), "body.visibility", errors);

        Map<String, String> activities = checklist.activeActivityAreas();
        List<AnswerInput> answerInputs = in.answersOrEmpty();
        if (answerInputs.size() > activities.size()) {
            errors.add("body.answers", "has " + answerInputs.size() + " answers; the checklist has "
                    + activities.size() + " activities, and each is answered at most once");
        }
        List<Answer> answers = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < answerInputs.size() && i < MAX_ANSWERS; i++) {
            Answer a = answer(answerInputs.get(i), null, "body.answers[" + i + "]", activities, errors);
            if (a != null && !answered.add(a.activity())) {
                errors.add("body.answers[" + i + "].activity", "'" + a.activity() + "' is answered more than once");
            } else if (a != null) {
                answers.add(a);
            }
        }

        Map<String, Integer> instruments = new HashMap<>();
        for (CatalogueInstrument i : checklist.universalInstruments()) {
            instruments.put(i.slug, i.adoptedYear);
        }
        List<RatificationInput> ratificationInputs = in.ratificationsOrEmpty();
        if (ratificationInputs.size() > instruments.size()) {
            errors.add("body.ratifications", "has " + ratificationInputs.size() + " entries; the catalogue has "
                    + instruments.size() + " universal instruments, and each is given at most once");
        }
        List<Ratification> ratifications = new ArrayList<>();
        Set<String> rated = new HashSet<>();
        for (int i = 0; i < ratificationInputs.size() && i < MAX_RATIFICATIONS; i++) {
            Ratification r = ratification(ratificationInputs.get(i), "body.ratifications[" + i + "]", instruments, errors);
            if (r != null && !rated.add(r.instrument())) {
                errors.add("body.ratifications[" + i + "].instrument", "'" + r.instrument() + "' is given more than once");
            } else if (r != null) {
                ratifications.add(r);
            }
        }

        List<Statement> statements = new ArrayList<>();
        List<StatementInput> statementInputs = in.statementsOrEmpty();
        Set<String> areaCodes = new HashSet<>(activities.values());
        for (int i = 0; i < statementInputs.size() && i < MAX_STATEMENTS; i++) {
            Statement s = statement(statementInputs.get(i), i + 1, "body.statements[" + i + "]", activities,
                    areaCodes, errors);
            if (s != null) {
                statements.add(s);
            }
        }
        errors.throwIfAny();
        return new AssessmentContent(state, period, visibility, answers, ratifications, statements);
    }

    /**
     * Checks the body of PUT .../answers/{activity}: one answer, for the activity the path names; a 422 problem
     * when it is not valid.
     */
    public Answer checkAnswer(AnswerInput in, String pathActivity) {
        InvalidFields errors = new InvalidFields();
        if (in != null) {
            constraints(in, "body", errors);
        }
        Answer answer = answer(in, pathActivity, "body", checklist.activeActivityAreas(), errors);
        errors.throwIfAny();
        return answer;
    }

    /**
     * Checks an analyst's decision and gives its comment (stripped; null when there is none).
     *
     * @param required whether a comment must be given (returning an assessment)
     */
    public String checkDecision(DecisionInput in, boolean required) {
        InvalidFields errors = new InvalidFields();
        String comment = in == null ? null : in.comment();
        if (in != null) {
            constraints(in, "body", errors);
        }
        if (required && (comment == null || comment.isBlank())) {
            errors.add("body.comment", "is required when returning an assessment: say what the state should revise");
        }
        errors.throwIfAny();
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    /**
     * The caps of an input record and its elements ({@code @Size}, {@code @NotNull}), in the order of the body
     * ({@code answers[2]} before {@code answers[10]}).
     */
    private void constraints(Object input, String at, InvalidFields errors) {
        validator.validate(input).stream()
                .map(v -> new Problem.FieldError(field(at, v), message(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field, AssessmentValidation::inBodyOrder))
                .forEach(e -> errors.add(e.field(), e.message()));
    }

    private static String field(String at, ConstraintViolation<?> v) {
        String path = CONTAINER_ELEMENT.matcher(v.getPropertyPath().toString()).replaceAll("");
        return path.isEmpty() ? at : at + (path.startsWith("[") ? "" : ".") + path;
    }

    private static String message(ConstraintViolation<?> v) {
        Annotation constraint = v.getConstraintDescriptor().getAnnotation();
        Object value = v.getInvalidValue();
        if (constraint instanceof Size size && value instanceof CharSequence text) {
            return "is " + text.length() + " characters long; at most " + size.max();
        }
        if (constraint instanceof Size size && value instanceof Collection<?> list) {
            return "has " + list.size() + " entries; at most " + size.max();
        }
        if (constraint instanceof NotNull) {
            return "is null; leave it out or give a value";
        }
        return v.getMessage();
    }

    /** Compares field paths with their indexes as numbers. */
    private static int inBodyOrder(String a, String b) {
        Matcher x = NUMBER.matcher(a);
        Matcher y = NUMBER.matcher(b);
        int i = 0;
        int j = 0;
        while (x.find(i) && y.find(j)) {
            int prefix = a.substring(i, x.start()).compareTo(b.substring(j, y.start()));
            if (prefix != 0) {
                return prefix;
            }
            int number = Long.compare(Long.parseLong(x.group().substring(0, Math.min(x.group().length(), 18))),
                    Long.parseLong(y.group().substring(0, Math.min(y.group().length(), 18))));
            if (number != 0) {
                return number;
            }
            i = x.end();
            j = y.end();
        }
        return a.substring(i).compareTo(b.substring(j));
    }

    /** Checks one answer; {@code pathActivity} is the activity named in the path of PUT .../answers/{activity}. */
    private Answer answer(AnswerInput in, String pathActivity, String at, Map<String, String> activities,
                          InvalidFields errors) {
        int before = errors.findings();
        if (in == null) {
            errors.add(at, "is required");
            return null;
        }
        String activity = in.activity();
        if (pathActivity != null) {
            if (activity != null && !activity.equals(pathActivity)) {
                errors.add(at + ".activity", "is '" + brief(activity) + "' but the path names '" + brief(pathActivity) + "'");
            }
            activity = pathActivity;
        }
        if (activity == null || activity.isBlank()) {
            errors.add(at + ".activity", "is required");
        } else if (!activities.containsKey(activity)) {
            errors.add(at + ".activity", "'" + brief(activity) + "' is not an activity of the checklist");
        }
        Implementation status = required(Implementation.class, in.status(), at + ".status", errors);
        Basis basis = in.basis() == null ? null : parse(Basis.class, in.basis(), at + ".basis", errors);
        boolean needed = Boolean.TRUE.equals(in.assistanceNeeded());
        Priority priority = in.priority() == null ? null : parse(Priority.class, in.priority(), at + ".priority", errors);
        if (needed && in.priority() == null) {
            errors.add(at + ".priority", "is required when assistance is needed (HIGH, MEDIUM or LOW)");
        }
        if (!needed && in.priority() != null) {
            errors.add(at + ".priority", "is only given when assistance is needed");
        }
        if (needed && status == Implementation.NOT_APPLICABLE) {
            errors.add(at + ".assistanceNeeded", "cannot be true for an activity that is not applicable");
        }
        List<String> evidence = in.evidence() == null ? List.of() : in.evidence();
        for (int j = 0; j < evidence.size() && j < MAX_EVIDENCE; j++) {
            checkLink(evidence.get(j), at + ".evidence[" + j + "]", errors);
        }
        // Beyond its cap a list is not examined (its size is the error): such an answer is not built.
        if (errors.findings() > before || evidence.size() > MAX_EVIDENCE) {
            return null;
        }
        String narrative = blankToNull(in.narrative());
        WrittenIn narrativeIn = writtenIn(narrative, in.narrativeLanguage(), at + ".narrativeLanguage", errors);
        if (errors.findings() > before) {
            return null;
        }
        return new Answer(activity, status, basis, needed, priority, narrative, List.copyOf(evidence), narrativeIn);
    }

    private Ratification ratification(RatificationInput in, String at, Map<String, Integer> instruments,
                                      InvalidFields errors) {
        int before = errors.findings();
        if (in == null) {
            errors.add(at, "is required");
            return null;
        }
        Integer adopted = null;
        if (in.instrument() == null || in.instrument().isBlank()) {
            errors.add(at + ".instrument", "is required");
        } else if (!instruments.containsKey(in.instrument())) {
            errors.add(at + ".instrument", "'" + brief(in.instrument())
                    + "' is not a universal instrument of the catalogue (see GET /api/v1/assessments/template)");
        } else {
            adopted = instruments.get(in.instrument());
        }
        RatificationStatus status = required(RatificationStatus.class, in.status(), at + ".status", errors);
        LocalDate signed = date(in.signedOn(), adopted, at + ".signedOn", errors);
        LocalDate consent = date(in.consentOn(), adopted, at + ".consentOn", errors);
        if (consent != null && status != null && status != RatificationStatus.PARTY) {
            errors.add(at + ".consentOn", "is only given for a party");
        }
        if (signed != null && status == RatificationStatus.NOT_PARTY) {
            errors.add(at + ".signedOn", "a state that signed is a SIGNATORY, not NOT_PARTY");
        }
        if (signed != null && consent != null && signed.isAfter(consent)) {
            errors.add(at + ".signedOn", "is after consentOn");
        }
        return errors.findings() > before ? null : new Ratification(in.instrument(), status, signed, consent);
    }

    private Statement statement(StatementInput in, int ordinal, String at, Map<String, String> activities,
                                Set<String> areaCodes, InvalidFields errors) {
        int before = errors.findings();
        if (in == null) {
            errors.add(at, "is required");
            return null;
        }
        if (in.text() == null || in.text().isBlank()) {
            errors.add(at + ".text", "is required");
        }
        Priority priority = in.priority() == null ? null : parse(Priority.class, in.priority(), at + ".priority", errors);
        List<String> areas = in.areas() == null ? List.of() : in.areas();
        for (int j = 0; j < areas.size() && j < MAX_TAGGED_AREAS; j++) {
            if (!areaCodes.contains(areas.get(j))) {
                errors.add(at + ".areas[" + j + "]", "'" + brief(areas.get(j)) + "' is not an area of the checklist (I to XI)");
            }
        }
        List<String> tagged = in.activities() == null ? List.of() : in.activities();
        for (int j = 0; j < tagged.size() && j < MAX_TAGGED_ACTIVITIES; j++) {
            if (!activities.containsKey(tagged.get(j))) {
                errors.add(at + ".activities[" + j + "]", "'" + brief(tagged.get(j)) + "' is not an activity of the checklist");
            }
        }
        if (errors.findings() > before || areas.size() > MAX_TAGGED_AREAS || tagged.size() > MAX_TAGGED_ACTIVITIES) {
            return null;
        }
        WrittenIn writtenIn = writtenIn(in.text().strip(), in.language(), at + ".language", errors);
        if (errors.findings() > before) {
            return null;
        }
        Set<String> allAreas = new LinkedHashSet<>(areas);
        tagged.stream().map(activities::get).forEach(allAreas::add);
        return new Statement(ordinal, in.text().strip(), priority, List.copyOf(allAreas),
                List.copyOf(new LinkedHashSet<>(tagged)), null, writtenIn);
    }

    /**
     * The language of a text: the tag the state gave, in canonical form, or, when it gave none, the UN language the
     * text reads as; none for no text.
     */
    private static WrittenIn writtenIn(String text, String tag, String at, InvalidFields errors) {
        if (tag != null) {
            var canonical = LanguageTags.canonical(tag);
            if (canonical.isEmpty()) {
                errors.add(at, "'" + brief(tag) + "' is not a BCP 47 language tag (e.g. fr, es-419, zh-Hans)");
                return null;
            }
            return text == null ? null : new WrittenIn(canonical.get(), false);
        }
        return text == null ? null : new WrittenIn(TextLanguage.shared().of(text), true);
    }

    private Integer checkPeriod(Integer period, InvalidFields errors) {
        int thisYear = Year.now(clock).getValue();
        if (period == null) {
            errors.add("body.period", "is required (the reporting year, e.g. " + thisYear + ")");
            return null;
        }
        if (period > thisYear) {
            errors.add("body.period", period + " is in the future");
            return null;
        }
        if (period < FIRST_PERIOD) {
            errors.add("body.period", "must be " + FIRST_PERIOD + " (resolution 1373) or later");
            return null;
        }
        return period;
    }

    /** A date of signature or consent: a real date, not in the future, not before the instrument was adopted. */
    private LocalDate date(String value, Integer adoptedYear, String at, InvalidFields errors) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.isAfter(LocalDate.now(clock))) {
                errors.add(at, value + " is in the future");
            } else if (adoptedYear != null && d.getYear() < adoptedYear) {
                errors.add(at, value + " is before the instrument was adopted (" + adoptedYear + ")");
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(at, "'" + brief(value) + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private static void checkLink(String link, String at, InvalidFields errors) {
        if (link == null || link.isBlank()) {
            errors.add(at, "is empty");
            return;
        }
        try {
            URI uri = new URI(link);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.add(at, "is not an http or https link");
            }
        } catch (URISyntaxException e) {
            errors.add(at, "is not a valid link");
        }
    }

    private static <E extends Enum<E>> E required(Class<E> type, String value, String at, InvalidFields errors) {
        if (value == null) {
            errors.add(at, "is required (" + names(type) + ")");
            return null;
        }
        return parse(type, value, at, errors);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String at, InvalidFields errors) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        errors.add(at, "'" + brief(value) + "' is not one of " + names(type));
        return null;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** A value quoted in an error message, cut short: the answer to a bad value is never larger than the value. */
    private static String brief(String value) {
        return value == null || value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
