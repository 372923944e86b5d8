package org.tahub.edge.parameters;

import java.util.UUID;
import java.util.function.Supplier;
import org.tahub.edge.problem.ProblemException;

/** Ids the API gives as UUIDs, read from a query or a path. */
public final class IdParameters {

    private IdParameters() {
    }

    /** An id in a query: a UUID, or a 400 problem naming the parameter; absent, null. */
    public static UUID query(String name, String value) {
        if (value == null) {
            return null;
        }
        UUID id = parse(value);
        if (id == null) {
            throw ProblemException.badRequest("query." + name, QueryParameters.quote(value) + " is not an id (UUID)");
        }
        return id;
    }

    /** An id a query must give: a UUID, or a 400 problem naming the parameter, also when it is missing. */
    public static UUID requiredQuery(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("query." + name, "is required (an id, UUID)");
        }
        return query(name, value);
    }

    /**
     * The id in a path: a UUID, or the very problem a missing object with that id answers ({@code notFound}):
     * nothing with an id that is no UUID can exist, so the answer must not tell it apart from one that does not.
     */
    public static UUID path(String value, Supplier<ProblemException> notFound) {
        UUID id = parse(value);
        if (id == null) {
            throw notFound.get();
        }
        return id;
    }

    /** The canonical form only (8-4-4-4-12 hex digits): {@link UUID#fromString} also takes {@code 1-1-1-1-1}. */
    private static UUID parse(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
