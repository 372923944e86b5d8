package org.tahub.events.assessments;

import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;

/**
 * What a consumer of {@code tahub.assessments.v1} does with each event type; it implements those it needs.
 * {@link #dispatch} reads the payload and calls the matching method; other types are ignored, so a consumer keeps
 * working when a type is added.
 */
public interface AssessmentEventHandler {

    default void submitted(AssessmentSubmittedV1 submitted, EventEnvelope event) {
    }

    default void validated(AssessmentDecisionV1 decision, EventEnvelope event) {
    }

    default void returned(AssessmentDecisionV1 decision, EventEnvelope event) {
    }

    default void superseded(AssessmentSupersededV1 superseded, EventEnvelope event) {
    }

    static void dispatch(EventEnvelope event, AssessmentEventHandler handler) {
        switch (event.type()) {
            case "tahub.assessments.assessment.submitted" ->
                    handler.submitted(EventCodec.data(event, AssessmentSubmittedV1.class), event);
            case "tahub.assessments.assessment.validated" ->
                    handler.validated(EventCodec.data(event, AssessmentDecisionV1.class), event);
            case "tahub.assessments.assessment.returned" ->
                    handler.returned(EventCodec.data(event, AssessmentDecisionV1.class), event);
            case "tahub.assessments.assessment.superseded" ->
                    handler.superseded(EventCodec.data(event, AssessmentSupersededV1.class), event);
            default -> {
                // a type this consumer does not know: ignored
            }
        }
    }
}
