package org.tahub.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.tahub.delivery.inbox.InboxProcessing;
import org.tahub.events.assessments.AssessmentEventHandler;
import org.tahub.matching.service.NeedsReadModel;

/**
 * Reads tahub.assessments.v1: each event once (its id recorded with its effect), a submission's needs stored and
 * matched in the same transaction.
 */
@ApplicationScoped
public class AssessmentConsumer {

    static final String CONSUMER = "matching-service.assessments";

    private final InboxProcessing inbox;
    private final NeedsReadModel needs;

    public AssessmentConsumer(InboxProcessing inbox, NeedsReadModel needs) {
        this.inbox = inbox;
        this.needs = needs;
    }

    @Incoming("assessments")
    public CompletionStage<Void> consume(Message<String> record) {
        return inbox.handle(CONSUMER, record, event -> AssessmentEventHandler.dispatch(event, needs));
    }
}
