package org.tahub.assessments.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.AssessmentLifecycle;
import org.tahub.assessments.domain.Need;
import org.tahub.assessments.domain.State;
import org.tahub.delivery.outbox.EventPublisher;
import org.tahub.events.EventType;
import org.tahub.events.assessments.ActivityStatusV1;
import org.tahub.events.assessments.AssessmentDecisionV1;
import org.tahub.events.assessments.AssessmentSubmittedV2;
import org.tahub.events.assessments.AssessmentSupersededV1;
import org.tahub.events.assessments.NeedV2;
import org.tahub.events.assessments.RatificationV1;
import org.tahub.events.assessments.StateProfileV1;

/**
 * Announces the assessment lifecycle on {@code tahub.assessments.v1}, key = the state's ISO3 so that one state's
 * events stay in order, written to the outbox in the transaction of the change. A submission is announced in the
 * current version of {@code assessment.submitted} and, until its sunset, in the deprecated first version after it.
 * The services fire {@link AssessmentLifecycle} events in the transaction of the change; this writes them out.
 */
@ApplicationScoped
public class AssessmentEvents {

    private final EventPublisher publisher;

    public AssessmentEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    void submitted(@Observes AssessmentLifecycle.Submitted submittedNow) {
        Assessment a = submittedNow.assessment();
        State state = submittedNow.state();
        List<Need> needs = submittedNow.needs();
        List<String> supersedes = submittedNow.supersedes();
        StateProfileV1 profile = new StateProfileV1(state.iso3, state.iso2, state.name, state.regionCode, state.subRegionCode,
                List.copyOf(state.unLanguages), state.legalTradition, List.copyOf(state.memberships));
        List<NeedV2> needPayloads = needs.stream().map(n -> new NeedV2(n.needId, n.kind, List.copyOf(n.activities),
                List.copyOf(n.areas), n.priority == null ? null : n.priority.name(),
                n.implementation == null ? null : n.implementation.name(), n.text, n.language,
                n.language == null ? null : n.languageDetected)).toList();
        List<RatificationV1> ratifications = a.ratifications.stream()
                .map(r -> new RatificationV1(r.instrument(), r.status().name(), r.signedOn(), r.consentOn())).toList();
        AssessmentSubmittedV2 submitted = new AssessmentSubmittedV2(a.id.toString(), a.state, a.period, a.revision,
                a.visibility.name(), a.origin, a.submittedAt, supersedes, profile, needPayloads, ratifications,
                a.answers.stream().map(x -> new ActivityStatusV1(x.activity(), x.status().name())).toList());
        publisher.publish(EventType.ASSESSMENT_SUBMITTED_V2, a.state, subject(a), submitted);
        publisher.publishDeprecated(EventType.ASSESSMENT_SUBMITTED, a.state, subject(a), submitted::toV1);
    }

    void decided(@Observes AssessmentLifecycle.Decided decided) {
        Assessment a = decided.assessment();
        EventType type = switch (a.status) {
            case VALIDATED -> EventType.ASSESSMENT_VALIDATED;
            case RETURNED -> EventType.ASSESSMENT_RETURNED;
            default -> throw new IllegalStateException("no decision in status " + a.status);
        };
        publisher.publish(type, a.state, subject(a), new AssessmentDecisionV1(a.id.toString(), a.state, a.period,
                a.revision, a.status.name(), a.decidedBy, a.decisionComment, a.decidedAt));
    }

    void superseded(@Observes AssessmentLifecycle.Superseded superseded) {
        Assessment old = superseded.old();
        Assessment by = superseded.by();
        publisher.publish(EventType.ASSESSMENT_SUPERSEDED, old.state, subject(old), new AssessmentSupersededV1(
                old.id.toString(), old.state, old.period, old.revision, by.id.toString(), by.period, by.revision,
                old.supersededAt));
    }

    private static String subject(Assessment a) {
        return "assessments/" + a.id;
    }
}
