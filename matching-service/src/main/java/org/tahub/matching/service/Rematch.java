package org.tahub.matching.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.domain.Offer;

/**
 * When offers change, the needs they may serve are matched again: after the change commits, off the request's thread,
 * one assessment per transaction (a failure leaves the others matched and is logged).
 */
@ApplicationScoped
public class Rematch {

    private static final Logger LOG = Logger.getLogger(Rematch.class);

    private final MatchingRound round;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rematch");
        t.setDaemon(true);
        return t;
    });

    public Rematch(MatchingRound round) {
        this.round = round;
    }

    void onOffersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProviderDirectory.OffersChanged changed) {
        worker.submit(() -> {
            for (UUID assessment : io.quarkus.arc.Arc.container().instance(Rematch.class).get().affected(changed.offerIds())) {
                try {
                    io.quarkus.arc.Arc.container().instance(Rematch.class).get().assessment(assessment);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "rematching assessment %s after offers %s changed failed", assessment, changed.offerIds());
                }
            }
        });
    }

    /** The assessments with current needs the offers may serve, or proposals of them that may have to go. */
    @Transactional
    public List<UUID> affected(List<String> offerIds) {
        Set<UUID> assessments = new LinkedHashSet<>();
        for (String id : offerIds) {
            Offer o = Offer.findById(id);
            if (o != null) {
                assessments.addAll(round.assessmentsServedBy(o));
            }
            MatchProposal.<MatchProposal>list("offerId = ?1 and status = ?2", id, MatchStatus.PROPOSED)
                    .forEach(p -> assessments.add(p.assessmentId));
        }
        return List.copyOf(assessments);
    }

    @Transactional
    public void assessment(UUID assessment) {
        round.matchAssessment(assessment, "offers-changed");
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
