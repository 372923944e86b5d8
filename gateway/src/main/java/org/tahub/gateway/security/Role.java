package org.tahub.gateway.security;

import java.util.Arrays;
import java.util.Optional;

/** Who a client is in TA Hub's terms. */
public enum Role {
    /** A state's focal point: bound to one ISO3; reads and writes its own assessments. */
    STATE,
    /** An assistance provider: bound to one provider; its own offers and engagements. */
    PROVIDER,
    /** A Counter-Terrorism Committee analyst: reads everything, validates assessments. */
    ANALYST,
    /** Keeps the catalogue. */
    CURATOR,
    /** Issues keys; may do everything. */
    ADMIN;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<Role> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
