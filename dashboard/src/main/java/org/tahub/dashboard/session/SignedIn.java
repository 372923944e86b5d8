package org.tahub.dashboard.session;

import jakarta.enterprise.context.RequestScoped;

/** The session of the request being served, set by {@link SessionFilter}; absent on the sign-in page. */
@RequestScoped
public class SignedIn {

    private Session session;

    void set(Session session) {
        this.session = session;
    }

    /** The signed-in user; the filter has sent everyone else to the sign-in page before a page runs. */
    public Session get() {
        if (session == null) {
            throw new IllegalStateException("no session: the page is not behind the session filter");
        }
        return session;
    }

    public boolean present() {
        return session != null;
    }
}
