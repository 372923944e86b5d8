package org.tahub.identity;

/**
 * Who is calling, as the gateway verified it: {@code role} is the code of a {@link Role} (state, provider, analyst,
 * curator, admin), asked with {@link #is(Role)}, never with a string that a typo could turn into a role nobody has;
 * {@code state} (ISO3) is set for a state's focal point, {@code provider} for a provider.
 */
public record Caller(String subject, String role, String state, String provider) {

    /**
     * The longest subject TA Hub accepts, in characters: as long as an API key's name (the subject of a key's
     * callers), and what the audit columns that record it hold ({@code updated_by varchar(200)}). Events carry it
     * ({@code decidedBy}), bounded by their schemas; the gateway refuses a bearer token with a longer one.
     */
    public static final int MAX_SUBJECT = 200;

    /** A call that reached the service without an identity (only where the service allows it: dev and tests). */
    public static final Caller ANONYMOUS = new Caller("anonymous", null, null, null);

    public boolean is(Role someRole) {
        return someRole.code().equals(role);
    }
}
