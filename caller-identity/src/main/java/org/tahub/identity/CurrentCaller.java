package org.tahub.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current request, as {@link IdentityTokens} verified it, for the object-level rules of a service;
 * {@link Caller#ANONYMOUS} when the request carried no identity (only endpoints open to all can see that).
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        if (identity == null || identity.isAnonymous()) {
            return Caller.ANONYMOUS;
        }
        Caller caller = identity.getAttribute(IdentityTokens.CALLER);
        return caller != null ? caller : Caller.ANONYMOUS;
    }
}
