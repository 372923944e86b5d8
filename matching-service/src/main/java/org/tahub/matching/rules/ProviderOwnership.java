package org.tahub.matching.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.tahub.identity.Role;
import org.tahub.identity.Caller;
import org.tahub.edge.problem.ProblemException;

/**
 * Who may change what among providers and offers: a provider changes only its own profile and offers; an admin any.
 * Providers and offers are public (every authenticated client reads them), so a refusal here is a 403, not a 404.
 */
@ApplicationScoped
public class ProviderOwnership {

    /** The provider an offer created by {@code caller} belongs to. */
    public String providerFor(Caller caller, String requested) {
        if (caller.is(Role.ADMIN)) {
            if (requested == null || requested.isBlank()) {
                throw ProblemException.unprocessable(java.util.List.of(new org.tahub.edge.problem.Problem.FieldError(
                        "body.providerId", "is required when an admin creates an offer")));
            }
            return requested;
        }
        if (caller.is(Role.PROVIDER) && caller.provider() != null) {
            if (requested != null && !requested.equals(caller.provider())) {
                throw ProblemException.forbidden("you act for " + caller.provider() + "; you cannot publish offers for "
                        + requested);
            }
            return caller.provider();
        }
        throw ProblemException.forbidden("only a provider publishes offers");
    }

    public void requireOwner(Caller caller, String providerId) {
        if (caller.is(Role.ADMIN) || (caller.is(Role.PROVIDER) && providerId.equals(caller.provider()))) {
            return;
        }
        throw ProblemException.forbidden("only " + providerId + " (or an admin) changes its profile and offers");
    }

    public void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw ProblemException.forbidden("only an admin registers providers");
        }
    }
}
