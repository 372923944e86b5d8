package org.tahub.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tahub.identity.Caller;
import org.tahub.matching.iati.IatiActivities;
import org.tahub.matching.domain.Engagement;
import org.tahub.matching.domain.EngagementStatus;
import org.tahub.matching.domain.Offer;
import org.tahub.matching.domain.Provider;
import org.tahub.matching.domain.StateProfile;
import org.tahub.matching.rules.EngagementAccess;
import org.tahub.matching.command.FreeText;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;

/**
 * An engagement's life after the state's agreement: the provider starts delivery (engagement.started) and completes
 * it with what was delivered (engagement.completed); the state evaluates it. Repeating a step is harmless; a step out
 * of order is a 409.
 */
@ApplicationScoped
@Transactional
public class EngagementWorkflow {

    /** An engagement started or completed (its status says which) at {@code at}: messaging/MatchingEvents announces it. */
    public record Moved(Engagement engagement, OffsetDateTime at) {
    }

    private final EngagementAccess access;
    private final Event<Moved> moved;

    public EngagementWorkflow(EngagementAccess access, Event<Moved> moved) {
        this.access = access;
        this.moved = moved;
    }

    public Engagement start(UUID id, Caller caller) {
        Engagement e = find(id, caller);
        access.requireProvider(caller, e);
        if (e.status == EngagementStatus.IN_DELIVERY) {
            return e;
        }
        require(e, EngagementStatus.AGREED, "start");
        e.status = EngagementStatus.IN_DELIVERY;
        e.startedAt = now();
        moved.fire(new Moved(e, e.startedAt));
        return e;
    }

    public Engagement complete(UUID id, String outcome, Caller caller) {
        Engagement e = find(id, caller);
        access.requireProvider(caller, e);
        if (e.status == EngagementStatus.COMPLETED) {
            return e;
        }
        require(e, EngagementStatus.IN_DELIVERY, "complete");
        if (outcome == null || outcome.isBlank() || outcome.length() > 4000) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body.outcome",
                    "is required (what was delivered), at most 4000 characters")));
        }
        if (!FreeText.allowed(outcome)) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body.outcome", FreeText.MESSAGE)));
        }
        e.status = EngagementStatus.COMPLETED;
        e.completedAt = now();
        e.outcome = outcome.strip();
        moved.fire(new Moved(e, e.completedAt));
        return e;
    }

    public Engagement evaluate(UUID id, Integer rating, String comment, Caller caller) {
        Engagement e = find(id, caller);
        access.requireState(caller, e);
        if (e.status == EngagementStatus.EVALUATED) {
            return e;
        }
        require(e, EngagementStatus.COMPLETED, "evaluate");
        if (rating == null || rating < 1 || rating > 5 || (comment != null && comment.length() > 4000)) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError(rating == null || rating < 1 || rating > 5
                    ? "body.rating" : "body.comment", rating == null || rating < 1 || rating > 5
                    ? "is required: 1 (useless) to 5 (excellent)" : "at most 4000 characters")));
        }
        if (!FreeText.allowed(comment)) {
            throw ProblemException.unprocessable(List.of(new Problem.FieldError("body.comment", FreeText.MESSAGE)));
        }
        e.status = EngagementStatus.EVALUATED;
        e.evaluatedAt = now();
        e.evaluationRating = rating;
        e.evaluationComment = comment == null || comment.isBlank() ? null : comment.strip();
        return e;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Engagement get(UUID id, Caller caller) {
        return find(id, caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Engagement> list(String state, String provider, EngagementStatus status, Caller caller, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder q = new StringBuilder("from Engagement e where ").append(access.visibleWhere(caller, params));
        if (state != null) {
            q.append(" and e.state = :state");
            params.put("state", state);
        }
        if (provider != null) {
            q.append(" and e.providerId = :provider");
            params.put("provider", provider);
        }
        if (status != null) {
            q.append(" and e.status = :status");
            params.put("status", status);
        }
        return Engagement.<Engagement>find(q + " order by e.agreedAt desc", params).range(0, limit - 1).list();
    }

    /** The engagements as an IATI 2.03 document, with their providers', offers' and states' names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String iati(List<Engagement> engagements) {
        Map<String, Provider> providers = Provider.<Provider>listAll().stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<String> offerIds = engagements.stream().map(e -> e.offerId).distinct().toList();
        Map<String, Offer> offers = offerIds.isEmpty() ? Map.of() : Offer.<Offer>list("id in ?1", offerIds).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        Map<String, StateProfile> states = StateProfile.<StateProfile>listAll().stream()
                .collect(Collectors.toMap(s -> s.iso3, Function.identity()));
        return IatiActivities.write(engagements, providers, offers, states);
    }

    private Engagement find(UUID id, Caller caller) {
        return access.visible(caller, Engagement.findById(id), id.toString());
    }

    private static void require(Engagement e, EngagementStatus expected, String action) {
        if (e.status != expected) {
            throw ProblemException.conflict("transition-not-allowed", "cannot " + action + " engagement " + e.id
                    + ": it is " + e.status);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
