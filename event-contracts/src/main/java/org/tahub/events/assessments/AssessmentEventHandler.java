package org.tahub.events.assessments;

import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventType;

/**
 * What a consumer of {@code tahub.assessments.v1} does with each event type; it implements those it needs.
 * {@link #dispatch} reads the payload and calls the matching method; other types are ignored, so a consumer keeps
 * working when a type is added.
 *
 * <p>A submission is announced twice while the first version of {@code assessment.submitted} is deprecated: in the
 * second version, then in the first. A consumer written for the second implements {@link #submittedV2} only; one
 * that must also read submissions published before the second version existed implements both and skips a
 * submission it already has (the second version always arrives first).
 */
public interface AssessmentEventHandler {

    /** The first version, deprecated: {@link EventType#ASSESSMENT_SUBMITTED}'s sunset says until when it is sent. */
    default void submitted(AssessmentSubmittedV1 submitted, EventEnvelope event) {
    }

    default void submittedV2(AssessmentSubmittedV2 submitted, EventEnvelope event) {
    }

    default void validated(AssessmentDecisionV1 decision, EventEnvelope event) {
    }

    default void returned(AssessmentDecisionV1 decision, EventEnvelope event) {
    }

    default void superseded(AssessmentSupersededV1 superseded, EventEnvelope event) {
    }

    static void dispatch(EventEnvelope event, AssessmentEventHandler handler) {
        EventType type;
        try {
            type = event.eventType();
        } catch (EventType.UnknownEventTypeException e) {
            return; // a type this consumer does not know: ignored
        }
        switch (type) {
            case ASSESSMENT_SUBMITTED -> handler.submitted(EventCodec.data(event, AssessmentSubmittedV1.class), event);
            case ASSESSMENT_SUBMITTED_V2 ->
                    handler.submittedV2(EventCodec.data(event, AssessmentSubmittedV2.class), event);
            case ASSESSMENT_VALIDATED -> handler.validated(EventCodec.data(event, AssessmentDecisionV1.class), event);
            case ASSESSMENT_RETURNED -> handler.returned(EventCodec.data(event, AssessmentDecisionV1.class), event);
            case ASSESSMENT_SUPERSEDED ->
                    handler.superseded(EventCodec.data(event, AssessmentSupersededV1.class), event);
            default -> {
                // a type of another topic: ignored
            }
        }
    }
}
