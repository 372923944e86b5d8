package org.tahub.matching.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.tahub.delivery.inbox.EventInbox;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.catalogue.CatalogueEventHandler;
import org.tahub.matching.service.CatalogueReadModel;

/** Keeps matching's copy of the catalogue from {@code tahub.catalogue.v1}, applying each event once. */
@ApplicationScoped
public class CatalogueConsumer {

    static final String CONSUMER = "matching-service.catalogue";

    private final EventInbox inbox;
    private final CatalogueReadModel readModel;

    public CatalogueConsumer(EventInbox inbox, CatalogueReadModel readModel) {
        this.inbox = inbox;
        this.readModel = readModel;
    }

    @Incoming("catalogue")
    @Blocking
    @Transactional
    public void consume(String value) {
        EventEnvelope event = EventCodec.read(value);
        if (!inbox.firstDelivery(CONSUMER, event)) {
            return;
        }
        CatalogueEventHandler.dispatch(event, readModel);
    }
}
