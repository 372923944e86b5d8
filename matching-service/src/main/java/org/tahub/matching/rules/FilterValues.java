package org.tahub.matching.rules;

import java.util.Set;
import java.util.regex.Pattern;
import org.tahub.problems.ProblemException;

/**
 * The values list filters accept: an ISO3 code, a provider id, a checklist area or activity, a need id, a UN
 * language. Anything else is a 400 problem naming the parameter, so that a malformed value (empty, overlong, with
 * characters the database refuses) never reaches a query. The patterns are those the OpenAPI document declares.
 */
public final class FilterValues {

    public static final String ISO3 = "[A-Z]{3}";
    public static final String PROVIDER = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String ACTIVITY = "[IVX]+(\\.[A-Z0-9]+){1,3}";
    /** A need id: activity:V.4, statement:2, or statement:2:1 for the first need a statement holds. */
    public static final String NEED = "[a-z]+:[A-Za-z0-9.]+(:[0-9]+)?";
    public static final int PROVIDER_MAX = 120;
    public static final int ACTIVITY_MAX = 20;
    public static final int NEED_MAX = 32;

    private static final Pattern ISO3_PATTERN = Pattern.compile(ISO3);
    private static final Pattern PROVIDER_PATTERN = Pattern.compile(PROVIDER);
    private static final Pattern ACTIVITY_PATTERN = Pattern.compile(ACTIVITY);
    private static final Pattern NEED_PATTERN = Pattern.compile(NEED);

    private FilterValues() {
    }

    public static String state(String value) {
        return check("state", value, 3, ISO3_PATTERN, "is not an ISO3 code (e.g. KEN)");
    }

    public static String provider(String value) {
        return check("provider", value, PROVIDER_MAX, PROVIDER_PATTERN, "is not a provider id (lower-case words and hyphens)");
    }

    public static String activity(String value) {
        return check("activity", value, ACTIVITY_MAX, ACTIVITY_PATTERN, "is not a checklist activity code (e.g. V.4)");
    }

    public static String need(String value) {
        return check("need", value, NEED_MAX, NEED_PATTERN, "is not a need id (e.g. activity:V.4)");
    }

    public static String area(String value) {
        return oneOf("area", value, OfferValidation.AREAS, OfferValidation.AREA_ORDER.toString());
    }

    public static String language(String value) {
        return oneOf("language", value, OfferValidation.LANGUAGES, "ar, zh, en, fr, ru, es");
    }

    private static String check(String name, String value, int max, Pattern pattern, String message) {
        if (value == null) {
            return null;
        }
        if (value.length() > max || !pattern.matcher(value).matches()) {
            throw ProblemException.badRequest("query." + name, quoted(value) + " " + message);
        }
        return value;
    }

    private static String oneOf(String name, String value, Set<String> allowed, String listed) {
        if (value == null) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ProblemException.badRequest("query." + name, quoted(value) + " is not one of " + listed);
        }
        return value;
    }

    /** The value as the problem repeats it: at most 40 characters, without control characters. */
    static String quoted(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
