package org.tahub.matching.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.tahub.identity.Caller;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.Need;
import org.tahub.problems.ProblemException;

/**
 * Who sees and answers proposals: a state its own needs' proposals (and agrees to them); a provider the proposals of
 * its own offers, for needs of assessments shared with providers or public (and accepts or declines them); an analyst
 * or admin all. What a caller may not see is a 404.
 */
@ApplicationScoped
public class MatchAccess {

    public boolean canSee(Caller caller, MatchProposal p, Need need) {
        if (caller.is("admin") || caller.is("analyst")) {
            return true;
        }
        if (caller.is("state")) {
            return p.state.equals(caller.state());
        }
        if (caller.is("provider")) {
            return p.providerId.equals(caller.provider()) && need != null && !"CONFIDENTIAL".equals(need.visibility);
        }
        return false;
    }

    public void requireVisible(Caller caller, MatchProposal p, Need need) {
        if (p == null || !canSee(caller, p, need)) {
            throw ProblemException.notFound("match " + (p == null ? "" : p.id));
        }
    }

    public void requireProvider(Caller caller, MatchProposal p) {
        if (!(caller.is("admin") || (caller.is("provider") && p.providerId.equals(caller.provider())))) {
            throw ProblemException.forbidden("only " + p.providerId + " accepts or declines this proposal");
        }
    }

    public void requireState(Caller caller, MatchProposal p) {
        if (!(caller.is("admin") || (caller.is("state") && p.state.equals(caller.state())))) {
            throw ProblemException.forbidden("only " + p.state + "'s focal point agrees to this proposal");
        }
    }

    /** The same rules in SQL for a proposal aliased {@code m} joined to its need {@code n}. */
    public String visibleSql(Caller caller, Map<String, Object> params) {
        if (caller.is("admin") || caller.is("analyst")) {
            return "1 = 1";
        }
        if (caller.is("state")) {
            params.put("callerState", caller.state());
            return "m.state_iso3 = :callerState";
        }
        if (caller.is("provider") && caller.provider() != null) {
            params.put("callerProvider", caller.provider());
            return "m.provider_id = :callerProvider and n.visibility <> 'CONFIDENTIAL'";
        }
        return "1 = 0";
    }
}
