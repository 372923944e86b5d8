package org.tahub.dashboard.session;

import java.time.Instant;

/**
 * A signed-in user: the credential the dashboard calls the API with on their behalf (an API key or a bearer token),
 * what the gateway said it proves, and when the sign-in ends. It lives only in the sealed session cookie.
 */
public record Session(Credential credential, String secret, String subject, String role, String state,
                      String provider, Instant expiresAt) {

    /** How the credential is sent to the API. */
    public enum Credential { API_KEY, BEARER }

    public boolean sees(String anyRole, String... more) {
        if (role.equals(anyRole)) {
            return true;
        }
        for (String r : more) {
            if (role.equals(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Analysts and administrators see the whole picture; states and providers their own. Curators keep the catalogue
     * and read no needs, so the dashboard has no view for them.
     */
    public boolean seesEveryone() {
        return sees("analyst", "admin");
    }

    /** Who the user is, as the pages show it. */
    public String label() {
        return switch (role) {
            case "state" -> "State focal point (" + state + ")";
            case "provider" -> "Provider (" + provider + ")";
            default -> Character.toUpperCase(role.charAt(0)) + role.substring(1);
        };
    }
}
