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

    static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
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
            throw ProblemException.badRequest("header.If-Match", "'" + header + "' is not an ETag of this API");
        }
    }
}
