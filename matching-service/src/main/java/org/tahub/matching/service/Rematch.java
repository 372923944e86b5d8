package org.tahub.matching.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.Need;
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

    private final int roundThreads;

    public Rematch(MatchingRound round,
                   @ConfigProperty(name = "tahub.matching.round-threads", defaultValue = "2") int roundThreads) {
        this.round = round;
        this.roundThreads = Math.max(1, roundThreads);
    }

    void onOffersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProviderDirectory.OffersChanged changed) {
        worker.submit(() -> {
            Rematch self = io.quarkus.arc.Arc.container().instance(Rematch.class).get();
            self.run(self.affected(changed.offerIds()), "offers-changed");
        });
    }

    /**
     * Matches the given assessments again, one transaction each, on {@code tahub.matching.round-threads} threads (the
     * rounds of different assessments are independent; the database works on one while the engine computes the
     * next), the offers loaded once for all. A failure leaves the others matched and is logged. Returns the number
     * matched.
     */
    public int run(List<UUID> assessments, String reason) {
        if (assessments.isEmpty()) {
            return 0;
        }
        Rematch self = io.quarkus.arc.Arc.container().instance(Rematch.class).get();
        MatchingRound.Context context = self.context();
        AtomicInteger matched = new AtomicInteger();
        ConcurrentLinkedQueue<UUID> queue = new ConcurrentLinkedQueue<>(assessments);
        Runnable drain = () -> {
            for (UUID assessment = queue.poll(); assessment != null; assessment = queue.poll()) {
                try {
                    self.assessment(assessment, reason, context);
                    matched.incrementAndGet();
                } catch (RuntimeException e) {
                    LOG.errorf(e, "rematching assessment %s (%s) failed", assessment, reason);
                }
            }
        };
        int threads = Math.min(roundThreads, assessments.size());
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            Thread t = new Thread(drain, "rematch-" + i);
            t.setDaemon(true);
            t.start();
            helpers.add(t);
        }
        drain.run();
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LOG.infof("rematched %d of %d assessments (%s)", matched.get(), assessments.size(), reason);
        return matched.get();
    }

    /** Every assessment with current needs: a full round, after a change that may affect them all. */
    @Transactional
    public List<UUID> everyCurrentAssessment() {
        return Need.getEntityManager().createQuery("select distinct n.key.assessmentId from Need n where n.current = true",
                UUID.class).getResultList();
    }

    @Transactional
    public MatchingRound.Context context() {
        return round.context();
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
    public void assessment(UUID assessment, String reason, MatchingRound.Context context) {
        round.matchAssessment(assessment, reason, context);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
