package org.tahub.assessments.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.tahub.assessments.readmodel.ChecklistReadModel;
import org.tahub.delivery.inbox.InboxProcessing;
import org.tahub.events.catalogue.CatalogueEventHandler;

/**
 * Keeps the local copy of the checklist and instruments from {@code tahub.catalogue.v1}. Each event is applied
 * once (its id is recorded in the same transaction); an event this service has no use for is recorded and skipped;
 * a malformed one fails and goes to the dead-letter topic, and consumption goes on.
 */
@ApplicationScoped
public class CatalogueConsumer {

    static final String CONSUMER = "assessments-service.catalogue";

    private final InboxProcessing inbox;
    private final ChecklistReadModel readModel;

    public CatalogueConsumer(InboxProcessing inbox, ChecklistReadModel readModel) {
        this.inbox = inbox;
        this.readModel = readModel;
    }

    @Incoming("catalogue")
    public CompletionStage<Void> consume(Message<String> record) {
        return inbox.handle(CONSUMER, record, event -> CatalogueEventHandler.dispatch(event, readModel));
    }
}
