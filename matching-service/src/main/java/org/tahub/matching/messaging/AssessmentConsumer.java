package org.tahub.matching.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.tahub.delivery.inbox.EventInbox;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.assessments.AssessmentEventHandler;
import org.tahub.matching.service.NeedsReadModel;

/**
 * Reads tahub.assessments.v1: each event once (its id recorded with its effect), a submission's needs stored and
 * matched in the same transaction.
 */
@ApplicationScoped
public class AssessmentConsumer {

    static final String CONSUMER = "matching-service.assessments";

    private final EventInbox inbox;
    private final NeedsReadModel needs;

    public AssessmentConsumer(EventInbox inbox, NeedsReadModel needs) {
        this.inbox = inbox;
        this.needs = needs;
    }

    @Incoming("assessments")
    @Blocking
    @Transactional
    public void consume(String value) {
        EventEnvelope event = EventCodec.read(value);
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        AssessmentEventHandler.dispatch(event, needs);
    }
}
