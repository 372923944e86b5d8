package org.tahub.assessments.api;

import jakarta.ws.rs.core.EntityTag;
import org.tahub.problems.ProblemException;

/** ETags of drafts: the version number, quoted. If-Match is optional on drafts; when sent it must match. */
final class Versions {

    private Versions() {
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match names; null when there is none, or when it is {@code *} (any version). */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String v = header.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("header.If-Match", ListParameters.quote(header) + " is not an ETag of this API");
        }
    }
}
