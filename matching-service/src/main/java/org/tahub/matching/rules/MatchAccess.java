package org.tahub.matching.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.tahub.identity.Role;
import org.tahub.identity.Caller;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.Need;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;

/**
 * Who sees and answers proposals: a state its own needs' proposals (and agrees to them); a provider the proposals of
 * its own offers, for needs of assessments shared with providers or public (and accepts or declines them); an analyst
 * or admin all. What a caller may not see is a 404.
 */
@ApplicationScoped
public class MatchAccess {

    public boolean canSee(Caller caller, MatchProposal p, Need need) {
        if (caller.is(Role.ADMIN) || caller.is(Role.ANALYST)) {
            return true;
        }
        if (caller.is(Role.STATE)) {
            return p.state.equals(caller.state());
        }
        if (caller.is(Role.PROVIDER)) {
            return p.providerId.equals(caller.provider()) && need != null && !"CONFIDENTIAL".equals(need.visibility);
        }
        return false;
    }

    /**
     * The proposal {@code id}, or a 404 problem: the same, byte for byte, whether it does not exist or the caller may
     * not see it, so that the answer tells nobody which ids exist.
     */
    public void requireVisible(Caller caller, UUID id, MatchProposal p, Need need) {
        if (p == null || !canSee(caller, p, need)) {
            throw ProblemException.notFound("match " + id);
        }
    }

    /**
     * Whether the caller may see an assessment's needs (its {@code first} need stands for all of them: they share
     * state and visibility): its state, analysts and admins; providers when it is not confidential.
     */
    public boolean canSeeAssessment(Caller caller, Need first) {
        return caller.is(Role.ADMIN) || caller.is(Role.ANALYST)
                || (caller.is(Role.STATE) && first.state.equals(caller.state()))
                || (caller.is(Role.PROVIDER) && !"CONFIDENTIAL".equals(first.visibility));
    }

    /** The 404 for an assessment matching has no needs of, or one the caller may not see: the same for both. */
    public ProblemException assessmentNotFound(UUID assessment) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "not-found", "assessment " + assessment
                + " does not exist, or none of its needs has reached matching yet"));
    }

    public void requireProvider(Caller caller, MatchProposal p) {
        if (!(caller.is(Role.ADMIN) || (caller.is(Role.PROVIDER) && p.providerId.equals(caller.provider())))) {
            throw ProblemException.forbidden("only " + p.providerId + " accepts or declines this proposal");
        }
    }

    public void requireState(Caller caller, MatchProposal p) {
        if (!(caller.is(Role.ADMIN) || (caller.is(Role.STATE) && p.state.equals(caller.state())))) {
            throw ProblemException.forbidden("only " + p.state + "'s focal point agrees to this proposal");
        }
    }

    /** The same rules in SQL for a proposal aliased {@code m} joined to its need {@code n}. */
    public String visibleSql(Caller caller, Map<String, Object> params) {
        if (caller.is(Role.ADMIN) || caller.is(Role.ANALYST)) {
            return "1 = 1";
        }
        if (caller.is(Role.STATE)) {
            params.put("callerState", caller.state());
            return "m.state_iso3 = :callerState";
        }
        if (caller.is(Role.PROVIDER) && caller.provider() != null) {
            params.put("callerProvider", caller.provider());
            return "m.provider_id = :callerProvider and n.visibility <> 'CONFIDENTIAL'";
        }
        return "1 = 0";
    }
}
