package org.tahub.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.tahub.identity.Caller;
import org.tahub.matching.domain.Engagement;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.domain.Need;
import org.tahub.matching.command.FreeText;
import org.tahub.matching.rules.MatchAccess;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;

/**
 * The answers to a proposal: the provider accepts or declines it; the state agrees to an accepted one. Answering
 * twice the same way is harmless; a transition that is not allowed is a 409.
 */
@ApplicationScoped
@Transactional
public class MatchDecisions {

    /** A provider answered a proposal (its status says how): messaging/MatchingEvents announces it. */
    public record Decided(MatchProposal proposal) {
    }

    private final MatchAccess access;
    private final Event<Decided> decided;

    public MatchDecisions(MatchAccess access, Event<Decided> decided) {
        this.access = access;
        this.decided = decided;
    }

    public MatchProposal accept(UUID id, String reason, Caller caller) {
        MatchProposal p = visible(id, caller);
        access.requireProvider(caller, p);
        if (p.status == MatchStatus.ACCEPTED) {
            return p;
        }
        requireStatus(p, MatchStatus.PROPOSED, "accept");
        return decide(p, MatchStatus.ACCEPTED, reason, caller);
    }

    public MatchProposal decline(UUID id, String reason, Caller caller) {
        MatchProposal p = visible(id, caller);
        access.requireProvider(caller, p);
        if (p.status == MatchStatus.DECLINED) {
            return p;
        }
        if (p.status != MatchStatus.PROPOSED && p.status != MatchStatus.ACCEPTED) {
            throw notAllowed(p, "decline");
        }
        return decide(p, MatchStatus.DECLINED, reason, caller);
    }

    /** The state agrees to a proposal its provider accepted: an engagement begins, and takes a place of the offer. */
    public MatchProposal agree(UUID id, Caller caller) {
        MatchProposal p = visible(id, caller);
        access.requireState(caller, p);
        if (p.status == MatchStatus.AGREED) {
            return p;
        }
        requireStatus(p, MatchStatus.ACCEPTED, "agree to");
        p.status = MatchStatus.AGREED;
        p.updatedAt = now();
        Need need = Need.findById(new Need.Key(p.assessmentId, p.needId));
        Engagement e = new Engagement();
        e.id = UUID.randomUUID();
        e.matchId = p.id;
        e.assessmentId = p.assessmentId;
        e.needId = p.needId;
        e.state = p.state;
        e.providerId = p.providerId;
        e.offerId = p.offerId;
        e.activities = new java.util.ArrayList<>(need.activities);
        e.areas = new java.util.ArrayList<>(need.areas);
        e.status = org.tahub.matching.domain.EngagementStatus.AGREED;
        e.baselinePeriod = need.period;
        e.baselineStatus = need.implementation;
        e.agreedAt = p.updatedAt;
        e.persist();
        return p;
    }

    private MatchProposal decide(MatchProposal p, MatchStatus status, String reason, Caller caller) {
        if (reason != null && reason.length() > 4000) {
            throw ProblemException.unprocessable(java.util.List.of(new Problem.FieldError("body.reason",
                    "is " + reason.length() + " characters long; at most 4000")));
        }
        if (!FreeText.allowed(reason)) {
            throw ProblemException.unprocessable(java.util.List.of(new Problem.FieldError("body.reason", FreeText.MESSAGE)));
        }
        p.status = status;
        p.decidedBy = caller.subject();
        p.decidedAt = now();
        p.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        p.updatedAt = p.decidedAt;
        decided.fire(new Decided(p));
        return p;
    }

    private MatchProposal visible(UUID id, Caller caller) {
        MatchProposal p = MatchProposal.findById(id);
        Need need = p == null ? null : Need.findById(new Need.Key(p.assessmentId, p.needId));
        access.requireVisible(caller, id, p, need);
        return p;
    }

    private static void requireStatus(MatchProposal p, MatchStatus expected, String action) {
        if (p.status != expected) {
            throw notAllowed(p, action);
        }
    }

    private static ProblemException notAllowed(MatchProposal p, String action) {
        return ProblemException.conflict("transition-not-allowed", "cannot " + action + " match " + p.id + ": it is "
                + p.status);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
