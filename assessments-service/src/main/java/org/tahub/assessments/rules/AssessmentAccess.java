package org.tahub.assessments.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.AssessmentStatus;
import org.tahub.assessments.domain.Visibility;
import org.tahub.identity.Role;
import org.tahub.identity.Caller;
import org.tahub.edge.problem.ProblemException;

/**
 * Who may see and do what with an assessment: the object-level rules behind the gateway's coarse ones.
 * <ul>
 *   <li>a state's focal point: every version of its own state's assessments, drafts included; nobody else's;</li>
 *   <li>a CTC analyst: every submitted version, whatever its visibility; not the states' drafts;</li>
 *   <li>a provider: submitted versions that their state shared with providers or made public;</li>
 *   <li>an admin: everything; anyone else (a curator, a call without identity in development): public ones.</li>
 * </ul>
 * What a caller may not see does not exist for it (404, the very answer for an id that does not exist): a state
 * cannot learn that another state has a draft. No answer refers to a version the caller may not see (a version's
 * {@code supersededBy} included).
 */
@ApplicationScoped
public class AssessmentAccess {

    public boolean canRead(Caller caller, Assessment a) {
        if (caller.is(Role.ADMIN)) {
            return true;
        }
        if (caller.is(Role.STATE)) {
            return a.state.equals(caller.state());
        }
        if (a.status == AssessmentStatus.DRAFT) {
            return false;
        }
        if (caller.is(Role.ANALYST)) {
            return true;
        }
        if (caller.is(Role.PROVIDER)) {
            return a.visibility != Visibility.CONFIDENTIAL;
        }
        return a.visibility == Visibility.PUBLIC;
    }

    /** Reading first: what the caller may not see is a 404, whatever it wanted to do. */
    public void requireReadable(Caller caller, Assessment a) {
        if (a == null || !canRead(caller, a)) {
            throw noSuchAssessment();
        }
    }

    /**
     * The answer for an assessment that does not exist, and for one the caller may not see: the same status, title
     * and detail, naming no id, so that nobody learns from it which ids exist.
     */
    public static ProblemException noSuchAssessment() {
        return ProblemException.notFound("assessment");
    }

    /** Writing a draft, submitting it, revising a returned version: the state's focal point (or an admin). */
    public void requireOwner(Caller caller, Assessment a) {
        requireReadable(caller, a);
        if (!(caller.is(Role.ADMIN) || (caller.is(Role.STATE) && a.state.equals(caller.state())))) {
            throw ProblemException.forbidden("only " + a.state + "'s focal point changes or submits its assessment");
        }
    }

    /** Creating: a state's focal point for its own state only (an admin for any). */
    public void requireMayCreateFor(Caller caller, String state) {
        if (caller.is(Role.ADMIN)) {
            return;
        }
        if (!caller.is(Role.STATE)) {
            throw ProblemException.forbidden("only a state's focal point creates its assessments");
        }
        if (!caller.state().equals(state)) {
            throw ProblemException.forbidden("you are " + caller.state() + "'s focal point; you cannot create or "
                    + "submit an assessment for " + (state.length() <= 3 ? state : "another state"));
        }
    }

    /** Validating or returning: a CTC analyst (or an admin). */
    public void requireAnalyst(Caller caller, Assessment a) {
        requireReadable(caller, a);
        if (!(caller.is(Role.ANALYST) || caller.is(Role.ADMIN))) {
            throw ProblemException.forbidden("only a CTC analyst validates or returns an assessment");
        }
    }

    /**
     * The same rules as a JPQL condition on an assessment aliased {@code a}, for lists; {@code params} receives its
     * parameters.
     */
    public String visibleWhere(Caller caller, Map<String, Object> params) {
        if (caller.is(Role.ADMIN)) {
            return "1 = 1";
        }
        if (caller.is(Role.STATE)) {
            params.put("callerState", caller.state());
            return "a.state = :callerState";
        }
        if (caller.is(Role.ANALYST)) {
            return "a.status <> org.tahub.assessments.domain.AssessmentStatus.DRAFT";
        }
        if (caller.is(Role.PROVIDER)) {
            return "(a.status <> org.tahub.assessments.domain.AssessmentStatus.DRAFT "
                    + "and a.visibility <> org.tahub.assessments.domain.Visibility.CONFIDENTIAL)";
        }
        return "(a.status <> org.tahub.assessments.domain.AssessmentStatus.DRAFT "
                + "and a.visibility = org.tahub.assessments.domain.Visibility.PUBLIC)";
    }

    /**
     * The same rules in SQL for a submitted version aliased {@code a} (table {@code assessment}), for the needs list.
     */
    public String visibleSubmittedSql(Caller caller, Map<String, Object> params) {
        if (caller.is(Role.ADMIN) || caller.is(Role.ANALYST)) {
            return "1 = 1";
        }
        if (caller.is(Role.STATE)) {
            params.put("callerState", caller.state());
            return "a.state_iso3 = :callerState";
        }
        if (caller.is(Role.PROVIDER)) {
            return "a.visibility in ('PROVIDERS', 'PUBLIC')";
        }
        return "a.visibility = 'PUBLIC'";
    }
}
