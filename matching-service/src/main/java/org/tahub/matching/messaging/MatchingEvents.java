package org.tahub.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.tahub.delivery.outbox.EventPublisher;
import org.tahub.events.EventCodec;
import org.tahub.events.EventType;
import org.tahub.events.Topic;
import org.tahub.events.matching.EngagementV1;
import org.tahub.events.matching.MatchDecisionV1;
import org.tahub.events.matching.MatchProposedV2;
import org.tahub.events.matching.MatchesProposedV1;
import org.tahub.events.matching.RoundCompletedV1;
import org.tahub.events.matching.RoundRequestedV1;
import org.tahub.matching.domain.Engagement;
import org.tahub.matching.domain.EngagementStatus;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.engine.Proposal;
import org.tahub.matching.service.EngagementWorkflow;
import org.tahub.matching.service.MatchDecisions;
import org.tahub.matching.service.MatchingRound;
import org.tahub.matching.service.Rematch;

/**
 * Everything matching announces, in one place: the services say what happened (CDI events, observed here in their
 * transaction), and this writes the events to the outbox, so that an effect and its announcement commit together.
 * On {@code tahub.matching.v1} (key = the state's ISO3): a round's {@code round.completed} notice and, until its
 * sunset, the deprecated {@code match.proposed} with the whole standing set; a provider's {@code match.accepted} or
 * {@code match.declined}; {@code engagement.started} and {@code engagement.completed}. On
 * {@code tahub.matching.proposals.v1}, one reference row per round from which {@link ProposalRecords} builds a record
 * per proposal the round made, changed or withdrew. On {@code tahub.matching.rounds.v1}, the rounds an offer change
 * asks for, one per state.
 */
@ApplicationScoped
public class MatchingEvents {

    /**
     * The outbox row type of a round's changes: its body names the assessment and the round, and the relay sends a
     * record for each proposal that carries the round's id, as it stands when sent ({@link ProposalRecords}).
     */
    public static final String ROUND_CHANGES = "tahub.matching.round.changes";

    /** The reference to what a round changed, as the outbox row holds it. */
    public record RoundChanges(String assessmentId, String roundId) {
    }

    private final EventPublisher publisher;

    public MatchingEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    void roundCompleted(@Observes MatchingRound.Completed r) {
        String assessment = r.assessmentId().toString();
        String subject = "assessments/" + assessment + "/matches";
        if (r.added() + r.rewritten() + r.withdrawn() > 0) {
            publisher.publishReference(ROUND_CHANGES, Topic.PROPOSALS.topicName(), assessment, EventCodec.mapper()
                    .valueToTree(new RoundChanges(assessment, r.roundId().toString())).toString());
        }
        publisher.publish(EventType.ROUND_COMPLETED, r.state(), subject, new RoundCompletedV1(r.roundId().toString(),
                assessment, r.state(), r.reason(), r.at(), r.standing().size(), r.added(), r.rewritten(),
                r.withdrawn()));
        if (r.standingSetAnnounced()) {
            publisher.publishDeprecated(EventType.MATCH_PROPOSED, r.state(), subject, () -> new MatchesProposedV1(
                    assessment, r.state(), r.reason(), r.at(), r.standing().stream().map(s -> proposed(r, s).toV1())
                    .toList()));
        }
    }

    private static MatchProposedV2 proposed(MatchingRound.Completed r, MatchingRound.Standing s) {
        Proposal p = s.proposal();
        return new MatchProposedV2(s.matchId().toString(), r.roundId().toString(), r.assessmentId().toString(),
                r.state(), p.needId(), p.offerId(), p.providerId(), p.rank(), p.score(), p.components().stream()
                .map(c -> new MatchProposedV2.Component(c.name(), c.value(), c.weight(), c.explanation())).toList(),
                p.coordination(), r.reason(), r.at());
    }

    void decided(@Observes MatchDecisions.Decided d) {
        MatchProposal p = d.proposal();
        EventType type = p.status == MatchStatus.ACCEPTED ? EventType.MATCH_ACCEPTED : EventType.MATCH_DECLINED;
        publisher.publish(type, p.state, "matches/" + p.id, new MatchDecisionV1(p.id.toString(),
                p.assessmentId.toString(), p.needId, p.state, p.offerId, p.providerId, p.status.name(), p.decidedBy,
                p.decisionReason, p.decidedAt));
    }

    void engagementMoved(@Observes EngagementWorkflow.Moved m) {
        Engagement e = m.engagement();
        EventType type = e.status == EngagementStatus.COMPLETED ? EventType.ENGAGEMENT_COMPLETED
                : EventType.ENGAGEMENT_STARTED;
        publisher.publish(type, e.state, "engagements/" + e.id, new EngagementV1(e.id.toString(), e.matchId.toString(),
                e.assessmentId.toString(), e.needId, e.state, e.providerId, e.offerId, List.copyOf(e.activities),
                e.status.name(), m.at(), e.outcome));
    }

    void roundsWanted(@Observes Rematch.RoundsWanted wanted) {
        List<EventPublisher.Event> requests = new ArrayList<>();
        for (Rematch.RoundWanted w : wanted.rounds()) {
            requests.add(new EventPublisher.Event(EventType.ROUND_REQUESTED, w.state(), "states/" + w.state()
                    + "/rounds", new RoundRequestedV1(w.state(), w.assessments(), w.reason(), w.offers(), w.at())));
        }
        publisher.publishAll(requests);
    }
}
