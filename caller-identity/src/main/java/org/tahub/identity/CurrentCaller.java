package org.tahub.identity;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set by {@link CallerFilter}; {@link Caller#ANONYMOUS} when none was sent. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.ANONYMOUS;

    public Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }
}
