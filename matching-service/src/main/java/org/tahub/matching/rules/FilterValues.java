package org.tahub.matching.rules;

import java.util.regex.Pattern;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.parameters.QueryParameters;

/**
 * The values only this service's list filters take: a provider id, a need id, a UN language. Anything else is a 400
 * problem naming the parameter, so that a malformed value (empty, overlong, with characters the database refuses)
 * never reaches a query. The patterns are those the OpenAPI document declares; the codes every service shares
 * (states, areas, activities) are read by {@link CodeParameters}.
 */
public final class FilterValues {

    public static final String PROVIDER = CodeParameters.SLUG;
    /** A need id: activity:V.4, statement:2, or statement:2:1 for the first need a statement holds. */
    public static final String NEED = "^[a-z]+:[A-Za-z0-9.]+(:[0-9]+)?$";
    public static final int PROVIDER_MAX = 120;
    public static final int NEED_MAX = 32;

    private static final Pattern NEED_PATTERN = Pattern.compile(NEED);

    private FilterValues() {
    }

    public static String provider(String value) {
        return CodeParameters.slug("provider", value, PROVIDER_MAX);
    }

    public static String need(String value) {
        return QueryParameters.matching("need", value, NEED_MAX, NEED_PATTERN, "is not a need id (e.g. activity:V.4)");
    }

    public static String language(String value) {
        return QueryParameters.oneOf("language", value, OfferValidation.LANGUAGES);
    }
}
