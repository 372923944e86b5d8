package org.tahub.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who a caller is in TA Hub's terms. The gateway grants one role per API key or bearer token; every service reads it
 * from the identity token. {@link Roles} has the codes as constants, for annotations.
 */
public enum Role {
    /** A state's focal point: bound to one ISO3; reads and writes its own assessments. */
    STATE(Roles.STATE),
    /** An assistance provider: bound to one provider; its own offers and engagements. */
    PROVIDER(Roles.PROVIDER),
    /** A Counter-Terrorism Committee analyst: reads everything, validates assessments. */
    ANALYST(Roles.ANALYST),
    /** Keeps the catalogue. */
    CURATOR(Roles.CURATOR),
    /** Issues keys; may do everything. */
    ADMIN(Roles.ADMIN);

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The role's name on the wire: in tokens, keys, and the OpenAPI document. */
    public String code() {
        return code;
    }

    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
