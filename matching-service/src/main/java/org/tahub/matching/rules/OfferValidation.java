package org.tahub.matching.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tahub.matching.command.OfferInput;
import org.tahub.matching.command.ProviderInput;
import org.tahub.matching.domain.Modality;
import org.tahub.matching.domain.ProviderKind;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.matching.command.FreeText;

/** Checks offers and providers all at once: a 422 problem lists every offending field, and nothing is saved. */
@ApplicationScoped
public class OfferValidation {

    static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");
    static final Set<String> TRADITIONS = Set.of("common-law", "civil-law", "islamic-law", "customary-law", "mixed");
    static final List<String> AREA_ORDER = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI");
    static final Set<String> AREAS = Set.copyOf(AREA_ORDER);
    private static final Pattern BODY = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
    /** An offer's period lies within these dates (the database could not store some dates ISO 8601 can write). */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final long MAX_COST_USD = 1_000_000_000L;
    public static final int MAX_WEBSITE = 2000;

    /** A checked offer. */
    public record CheckedOffer(String id, String title, String description, List<String> areas, List<String> activities,
                               Modality modality, List<String> languages, List<String> states, List<String> regions,
                               List<String> memberships, List<String> traditions, int capacity, LocalDate start,
                               LocalDate end, Long cost, String costNote) {
    }

    /**
     * @param activityAreas the active checklist activities (code to area) from the catalogue read model
     * @param providerId    the provider the offer belongs to (its id must start with it)
     * @param fixedId       the id of the offer being replaced, or null on creation
     */
    public CheckedOffer check(OfferInput in, Map<String, String> activityAreas, String providerId, String fixedId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in == null) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body", "is required")));
        }
        String id = fixedId;
        if (fixedId == null) {
            id = in.id() == null || in.id().isBlank() ? slug(providerId + " " + (in.title() == null ? "" : in.title())) : in.id();
            if (!CodeParameters.isSlug(id, 160)) {
                errors.add(error("body.id", "must be lower-case words and hyphens, at most 160 characters"));
            } else if (!id.startsWith(providerId + "-")) {
                errors.add(error("body.id", "must start with the provider's id and a hyphen ('" + providerId + "-...')"));
            }
        } else if (in.id() != null && !in.id().equals(fixedId)) {
            errors.add(error("body.id", "cannot change"));
        }
        text(in.title(), 200, true, "body.title", errors);
        text(in.description(), 4000, false, "body.description", errors);
        List<String> activities = list(in.activities());
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i) == null) {
                errors.add(error("body.activities[" + i + "]", "must not be null"));
            } else if (!activityAreas.containsKey(activities.get(i))) {
                errors.add(error("body.activities[" + i + "]", "'" + activities.get(i) + "' is not an activity of the checklist"));
            }
        }
        Set<String> areas = new LinkedHashSet<>();
        List<String> givenAreas = list(in.areas());
        for (int i = 0; i < givenAreas.size(); i++) {
            if (givenAreas.get(i) == null) {
                errors.add(error("body.areas[" + i + "]", "must not be null"));
            } else if (!AREAS.contains(givenAreas.get(i))) {
                errors.add(error("body.areas[" + i + "]", "'" + givenAreas.get(i) + "' is not an area (I to XI)"));
            } else {
                areas.add(givenAreas.get(i));
            }
        }
        activities.stream().map(activityAreas::get).filter(a -> a != null).forEach(areas::add);
        if (areas.isEmpty() && activities.isEmpty()) {
            errors.add(error("body.activities", "an offer covers at least one activity or area"));
        }
        Modality modality = null;
        if (in.modality() == null) {
            errors.add(error("body.modality", "is required (" + Arrays.toString(Modality.values()) + ")"));
        } else {
            modality = Arrays.stream(Modality.values()).filter(m -> m.name().equals(in.modality())).findFirst().orElse(null);
            if (modality == null) {
                errors.add(error("body.modality", "'" + in.modality() + "' is not one of " + Arrays.toString(Modality.values())));
            }
        }
        List<String> languages = list(in.languages());
        if (languages.isEmpty()) {
            errors.add(error("body.languages", "name at least one UN language it is delivered in (ar, zh, en, fr, ru, es)"));
        }
        codes(languages, LANGUAGES::contains, "body.languages", "is not a UN language code (ar, zh, en, fr, ru, es)", errors);
        codes(list(in.eligibleStates()), CodeParameters::isIso3, "body.eligibleStates", "is not an ISO3 code", errors);
        codes(list(in.eligibleRegions()), CodeParameters::isM49, "body.eligibleRegions", "is not a UN M49 code (e.g. 002)", errors);
        codes(list(in.eligibleMemberships()), s -> BODY.matcher(s).matches(), "body.eligibleMemberships", "is not a body code (e.g. AU, OAS)", errors);
        codes(list(in.legalTraditions()), TRADITIONS::contains, "body.legalTraditions", "is not one of " + TRADITIONS, errors);
        if (in.capacity() == null) {
            errors.add(error("body.capacity", "is required (engagements at once)"));
        } else if (in.capacity() < 1 || in.capacity() > 10000) {
            errors.add(error("body.capacity", "must be between 1 and 10000"));
        }
        LocalDate start = date(in.periodStart(), "body.periodStart", errors);
        LocalDate end = date(in.periodEnd(), "body.periodEnd", errors);
        if (start != null && end != null && start.isAfter(end)) {
            errors.add(error("body.periodEnd", "is before periodStart"));
        }
        if (in.indicativeCostUsd() != null && in.indicativeCostUsd() < 0) {
            errors.add(error("body.indicativeCostUsd", "cannot be negative"));
        } else if (in.indicativeCostUsd() != null && in.indicativeCostUsd() > MAX_COST_USD) {
            errors.add(error("body.indicativeCostUsd", "must be at most " + MAX_COST_USD + " (US dollars per engagement)"));
        }
        text(in.costNote(), 500, false, "body.costNote", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        List<String> ordered = AREA_ORDER.stream().filter(areas::contains).toList();
        return new CheckedOffer(id, in.title().strip(), blankToNull(in.description()), ordered,
                activities, modality, languages, list(in.eligibleStates()),
                list(in.eligibleRegions()), list(in.eligibleMemberships()), list(in.legalTraditions()), in.capacity(),
                start, end, in.indicativeCostUsd(), blankToNull(in.costNote()));
    }

    public ProviderKind checkProvider(ProviderInput in, boolean creating) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in == null) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body", "is required")));
        }
        if (creating && (in.id() == null || !CodeParameters.isSlug(in.id(), 120))) {
            errors.add(error("body.id", "is required: lower-case words and hyphens, at most 120 characters"));
        }
        text(in.name(), 300, true, "body.name", errors);
        text(in.shortName(), 60, false, "body.shortName", errors);
        text(in.description(), 4000, false, "body.description", errors);
        ProviderKind kind = null;
        if (in.kind() == null) {
            errors.add(error("body.kind", "is required (" + Arrays.toString(ProviderKind.values()) + ")"));
        } else {
            kind = Arrays.stream(ProviderKind.values()).filter(k -> k.name().equals(in.kind())).findFirst().orElse(null);
            if (kind == null) {
                errors.add(error("body.kind", "'" + in.kind() + "' is not one of " + Arrays.toString(ProviderKind.values())));
            }
        }
        if (in.headquarters() != null && !CodeParameters.isIso3(in.headquarters())) {
            errors.add(error("body.headquarters", "is not an ISO3 code"));
        }
        if (in.website() != null && in.website().length() > MAX_WEBSITE) {
            errors.add(error("body.website", "is " + in.website().length() + " characters long; at most " + MAX_WEBSITE));
        } else if (in.website() != null) {
            try {
                URI uri = URI.create(in.website());
                if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                    errors.add(error("body.website", "is not an http(s) address"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(error("body.website", "is not a valid address"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        return kind;
    }

    private static void codes(List<String> values, java.util.function.Predicate<String> valid, String at, String message,
                              List<Problem.FieldError> errors) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                errors.add(error(at + "[" + i + "]", "must not be null"));
            } else if (!valid.test(values.get(i))) {
                errors.add(error(at + "[" + i + "]", QueryParameters.quote(values.get(i)) + " " + message));
            }
        }
    }

    private static void text(String value, int max, boolean required, String at, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(error(at, "is required"));
            }
        } else if (value.length() > max) {
            errors.add(error(at, "is " + value.length() + " characters long; at most " + max));
        } else if (!FreeText.allowed(value)) {
            errors.add(error(at, FreeText.MESSAGE));
        }
    }

    private static LocalDate date(String value, String at, List<Problem.FieldError> errors) {
        if (value == null) {
            errors.add(error(at, "is required (YYYY-MM-DD)"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(error(at, QueryParameters.quote(value) + " is not a date (YYYY-MM-DD)"));
            return null;
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            errors.add(error(at, "must be between " + EARLIEST + " and " + LATEST));
            return null;
        }
        return date;
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(l));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 100 ? s.substring(0, 100).replaceAll("-$", "") : s;
    }

    private static Problem.FieldError error(String field, String message) {
        return new Problem.FieldError(field, message);
    }
}
