package org.tahub.edge.conditional;

import jakarta.ws.rs.core.EntityTag;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.problem.ProblemException;

/**
 * ETags and If-Match, as every resource of the API uses them: an ETag is the version number of what was read,
 * quoted ({@code "3"}); an If-Match names one such version, strong or weak ({@code W/"3"}), or {@code *} for any.
 * Anything else in If-Match is a 400 problem naming the header.
 */
public final class EntityTags {

    private static final String HEADER = "header.If-Match";

    private EntityTags() {
    }

    /** The ETag of a version. */
    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match names, where a change must say which version it was made to (a curated entry): a
     * missing one is a 428 problem.
     */
    public static long requiredVersion(String ifMatch) {
        Long version = optionalVersion(ifMatch);
        if (version == null) {
            throw ProblemException.preconditionRequired("send If-Match with the ETag of the version you read");
        }
        return version;
    }

    /**
     * The version an If-Match names, where it is optional (a draft, an offer): null when there is none or when it
     * is {@code *}, meaning any version.
     */
    public static Long optionalVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return null;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
            throw notAnEtag(ifMatch);
        }
        // A number, even one no version has (a negative one: 412, like any other version that is not current).
        String number = tag.substring(1, tag.length() - 1);
        String digits = number.startsWith("-") ? number.substring(1) : number;
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw notAnEtag(ifMatch);
        }
        return Long.valueOf(number);
    }

    private static ProblemException notAnEtag(String ifMatch) {
        return ProblemException.badRequest(HEADER, QueryParameters.quote(ifMatch)
                + " is not an ETag of this API (a version number in quotes, e.g. \"3\", or *)");
    }
}
