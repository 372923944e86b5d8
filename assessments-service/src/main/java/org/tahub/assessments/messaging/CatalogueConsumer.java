package org.tahub.assessments.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.tahub.assessments.service.ChecklistReadModel;
import org.tahub.delivery.inbox.EventInbox;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.catalogue.CatalogueEventHandler;

/**
 * Keeps the local copy of the checklist and instruments from {@code tahub.catalogue.v1}. Each event is applied
 * once (its id is recorded in the same transaction); an event this service has no use for is recorded and skipped;
 * a malformed one fails and goes to the dead-letter topic, and consumption goes on.
 */
@ApplicationScoped
public class CatalogueConsumer {

    static final String CONSUMER = "assessments-service.catalogue";
    private static final Logger LOG = Logger.getLogger(CatalogueConsumer.class);

    private final EventInbox inbox;
    private final ChecklistReadModel readModel;

    public CatalogueConsumer(EventInbox inbox, ChecklistReadModel readModel) {
        this.inbox = inbox;
        this.readModel = readModel;
    }

    @Incoming("catalogue")
    @Blocking
    @Transactional
    public void consume(String value) {
        EventEnvelope event = EventCodec.read(value);
        if (!inbox.firstDelivery(CONSUMER, event)) {
            LOG.debugf("event %s already processed", event.id());
            return;
        }
        CatalogueEventHandler.dispatch(event, readModel);
    }
}
