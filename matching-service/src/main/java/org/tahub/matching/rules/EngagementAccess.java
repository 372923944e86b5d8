package org.tahub.matching.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.tahub.identity.Role;
import org.tahub.identity.Caller;
import org.tahub.matching.domain.Engagement;
import org.tahub.edge.problem.ProblemException;

/**
 * Who sees and moves engagements: the state its own, the provider its own (it starts and completes them), the state
 * evaluates; analysts and admins see all. What a caller may not see is a 404.
 */
@ApplicationScoped
public class EngagementAccess {

    public boolean canSee(Caller caller, Engagement e) {
        return caller.is(Role.ADMIN) || caller.is(Role.ANALYST)
                || (caller.is(Role.STATE) && e.state.equals(caller.state()))
                || (caller.is(Role.PROVIDER) && e.providerId.equals(caller.provider()));
    }

    public Engagement visible(Caller caller, Engagement e, String id) {
        if (e == null || !canSee(caller, e)) {
            throw ProblemException.notFound("engagement " + id);
        }
        return e;
    }

    public void requireProvider(Caller caller, Engagement e) {
        if (!(caller.is(Role.ADMIN) || (caller.is(Role.PROVIDER) && e.providerId.equals(caller.provider())))) {
            throw ProblemException.forbidden("only " + e.providerId + " starts and completes this engagement");
        }
    }

    public void requireState(Caller caller, Engagement e) {
        if (!(caller.is(Role.ADMIN) || (caller.is(Role.STATE) && e.state.equals(caller.state())))) {
            throw ProblemException.forbidden("only " + e.state + "'s focal point evaluates this engagement");
        }
    }

    /** The same rules as a JPQL condition on an engagement aliased {@code e}. */
    public String visibleWhere(Caller caller, Map<String, Object> params) {
        if (caller.is(Role.ADMIN) || caller.is(Role.ANALYST)) {
            return "1 = 1";
        }
        if (caller.is(Role.STATE)) {
            params.put("callerState", caller.state());
            return "e.state = :callerState";
        }
        if (caller.is(Role.PROVIDER) && caller.provider() != null) {
            params.put("callerProvider", caller.provider());
            return "e.providerId = :callerProvider";
        }
        return "1 = 0";
    }
}
