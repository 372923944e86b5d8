package org.tahub.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.tahub.delivery.inbox.InboxProcessing;
import org.tahub.events.EventCodec;
import org.tahub.events.EventType;
import org.tahub.events.matching.RoundRequestedV1;
import org.tahub.matching.service.Rematch;

/**
 * Reads tahub.matching.rounds.v1, matching's requests to itself: each request once (its id recorded with its effect),
 * the state's rounds run in the same transaction, on the instance that holds the state's partition.
 */
@ApplicationScoped
public class RoundRequestConsumer {

    static final String CONSUMER = "matching-service.rounds";

    private final InboxProcessing inbox;
    private final Rematch rematch;

    public RoundRequestConsumer(InboxProcessing inbox, Rematch rematch) {
        this.inbox = inbox;
        this.rematch = rematch;
    }

    @Incoming("round-requests")
    public CompletionStage<Void> consume(Message<String> record) {
        return inbox.handle(CONSUMER, record, event -> {
            if (event.eventType() == EventType.ROUND_REQUESTED) {
                RoundRequestedV1 request = EventCodec.data(event, RoundRequestedV1.class);
                rematch.onRequest(request.assessments().stream().map(UUID::fromString).toList(), request.reason());
            }
        });
    }
}
