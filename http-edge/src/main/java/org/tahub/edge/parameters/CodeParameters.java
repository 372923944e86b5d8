package org.tahub.edge.parameters;

import java.util.regex.Pattern;

/**
 * The codes the API's filters and paths take, each with the pattern its OpenAPI document declares (anchored, as
 * JSON Schema patterns are not) and a reader that refuses anything else with a 400 problem naming the parameter.
 */
public final class CodeParameters {

    /** ISO 3166-1 alpha-3, e.g. KEN. */
    public static final String ISO3 = "^[A-Z]{3}$";
    /** A UN M49 area code, e.g. 002 (Africa). */
    public static final String M49 = "^[0-9]{3}$";
    /** An area of the checklist of implementation activities, I to XI. */
    public static final String AREA = "^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI)$";
    /** An activity of the checklist, e.g. V.4 or VII.B.4: its area, then one to three parts. */
    public static final String ACTIVITY = "^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI)(\\.[A-Za-z0-9]{1,4}){1,3}$";
    public static final int ACTIVITY_MAX = 20;
    /** An id made of lower-case words and hyphens (an instrument's slug, a provider's or an offer's id). */
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static final Pattern ISO3_PATTERN = Pattern.compile(ISO3);
    private static final Pattern M49_PATTERN = Pattern.compile(M49);
    private static final Pattern AREA_PATTERN = Pattern.compile(AREA);
    private static final Pattern ACTIVITY_PATTERN = Pattern.compile(ACTIVITY);
    private static final Pattern SLUG_PATTERN = Pattern.compile(SLUG);

    private CodeParameters() {
    }

    public static boolean isIso3(String value) {
        return value != null && ISO3_PATTERN.matcher(value).matches();
    }

    public static boolean isM49(String value) {
        return value != null && M49_PATTERN.matcher(value).matches();
    }

    public static boolean isArea(String value) {
        return value != null && AREA_PATTERN.matcher(value).matches();
    }

    public static boolean isActivity(String value) {
        return value != null && value.length() <= ACTIVITY_MAX && ACTIVITY_PATTERN.matcher(value).matches();
    }

    public static boolean isSlug(String value, int maxLength) {
        return value != null && value.length() <= maxLength && SLUG_PATTERN.matcher(value).matches();
    }

    /** A state filter: an ISO 3166-1 alpha-3 code; absent, null. */
    public static String iso3(String name, String value) {
        return QueryParameters.matching(name, value, 3, ISO3_PATTERN, "is not an ISO 3166-1 alpha-3 code (e.g. KEN)");
    }

    /** A region filter: a UN M49 code; absent, null. */
    public static String m49(String name, String value) {
        return QueryParameters.matching(name, value, 3, M49_PATTERN, "is not a UN M49 code (e.g. 002 Africa)");
    }

    /** An area filter: I to XI; absent, null. */
    public static String area(String name, String value) {
        return QueryParameters.matching(name, value, 4, AREA_PATTERN, "is not an area code (I to XI)");
    }

    /** An activity filter, e.g. V.4; absent, null. */
    public static String activity(String name, String value) {
        return QueryParameters.matching(name, value, ACTIVITY_MAX, ACTIVITY_PATTERN,
                "is not a checklist activity code (e.g. V.4)");
    }

    /** A filter naming an id of lower-case words and hyphens; absent, null. */
    public static String slug(String name, String value, int maxLength) {
        return QueryParameters.matching(name, value, maxLength, SLUG_PATTERN,
                "is not an id of this API (lower-case words and hyphens)");
    }
}
