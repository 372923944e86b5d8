package org.tahub.identity;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The gateway's identity token, as a request carried it. */
public final class IdentityTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public IdentityTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
