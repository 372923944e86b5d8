package org.tahub.identity;

/** The codes of the {@link Role}s as compile-time constants, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String STATE = "state";
    public static final String PROVIDER = "provider";
    public static final String ANALYST = "analyst";
    public static final String CURATOR = "curator";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
