package org.tahub.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.tahub.delivery.inbox.InboxProcessing;
import org.tahub.events.catalogue.CatalogueEventHandler;
import org.tahub.matching.readmodel.CatalogueReadModel;

/** Keeps matching's copy of the catalogue from {@code tahub.catalogue.v1}, applying each event once. */
@ApplicationScoped
public class CatalogueConsumer {

    static final String CONSUMER = "matching-service.catalogue";

    private final InboxProcessing inbox;
    private final CatalogueReadModel readModel;

    public CatalogueConsumer(InboxProcessing inbox, CatalogueReadModel readModel) {
        this.inbox = inbox;
        this.readModel = readModel;
    }

    @Incoming("catalogue")
    public CompletionStage<Void> consume(Message<String> record) {
        return inbox.handle(CONSUMER, record, event -> CatalogueEventHandler.dispatch(event, readModel));
    }
}
