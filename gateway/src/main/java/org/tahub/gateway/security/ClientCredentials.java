package org.tahub.gateway.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** What a client presented: an API key or a bearer token. */
public final class ClientCredentials extends BaseAuthenticationRequest {

    private final String key;
    private final String bearer;

    public ClientCredentials(String key, String bearer) {
        this.key = key;
        this.bearer = bearer;
    }

    public String key() {
        return key;
    }

    public String bearer() {
        return bearer;
    }
}
