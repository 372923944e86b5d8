package org.tahub.gateway.security;

import org.tahub.identity.Role;

/**
 * A verified client: {@code subject} names it in logs and audit trails; {@code state} (ISO3) is set for the state
 * role, {@code provider} for the provider role.
 */
public record Identity(String subject, Role role, String state, String provider) {

    public static final String CONTEXT_KEY = "tahub.identity";
}
