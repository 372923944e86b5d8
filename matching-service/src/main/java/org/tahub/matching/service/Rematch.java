package org.tahub.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.Need;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.domain.Offer;

/**
 * When offers change, the needs they may serve are matched again. The change itself writes, in its own transaction, one
 * {@code round.requested} per state whose assessments it may affect (key = the state, on tahub.matching.rounds.v1):
 * the request cannot be lost once the change commits, and whichever instance of matching-service holds the state's
 * partition runs the rounds ({@link #onRequest}), so that a change that touches every state is shared among the
 * instances. {@link #run} matches a list of assessments in this process (a full round, the benchmark).
 */
@ApplicationScoped
public class Rematch {

    private static final Logger LOG = Logger.getLogger(Rematch.class);
    /** The most offers one request names (its schema's maxItems); a larger change is split. */
    static final int OFFERS_PER_REQUEST = 10;
    /** The most assessments one request names (its schema's maxItems: one current version per period). */
    static final int ASSESSMENTS_PER_REQUEST = 100;

    private final MatchingRound round;
    private final Event<RoundsWanted> wanted;
    private final int roundThreads;

    public Rematch(MatchingRound round, Event<RoundsWanted> wanted,
                   @ConfigProperty(name = "tahub.matching.round-threads", defaultValue = "2") int roundThreads) {
        this.round = round;
        this.wanted = wanted;
        this.roundThreads = Math.max(1, roundThreads);
    }

    /**
     * A round asked of whichever instance holds the state's partition: the state's assessments (at most
     * {@link #ASSESSMENTS_PER_REQUEST}) to match again because of the offers named (at most {@link #OFFERS_PER_REQUEST}).
     */
    public record RoundWanted(String state, List<String> assessments, String reason, List<String> offers,
                              OffsetDateTime at) {
    }

    /** The rounds one change of offers asks for, in order: messaging/MatchingEvents writes one request each. */
    public record RoundsWanted(List<RoundWanted> rounds) {
    }

    /** In the transaction of the change: one request per state whose assessments the changed offers may affect. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onOffersChanged(@Observes ProviderDirectory.OffersChanged changed) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        List<String> offers = changed.offerIds();
        for (int from = 0; from < offers.size(); from += OFFERS_PER_REQUEST) {
            List<String> some = offers.subList(from, Math.min(offers.size(), from + OFFERS_PER_REQUEST));
            List<RoundWanted> rounds = new ArrayList<>();
            affectedByState(some).forEach((state, assessments) -> {
                for (int at = 0; at < assessments.size(); at += ASSESSMENTS_PER_REQUEST) {
                    List<String> ids = assessments.subList(at, Math.min(assessments.size(), at + ASSESSMENTS_PER_REQUEST))
                            .stream().map(UUID::toString).toList();
                    rounds.add(new RoundWanted(state, ids, "offers-changed", List.copyOf(some), now));
                }
            });
            wanted.fire(new RoundsWanted(rounds));
        }
    }

    /**
     * A round asked for on tahub.matching.rounds.v1, in the consumer's transaction: the state's assessments matched
     * again with the offers as they are now (an assessment no longer current has no needs to match).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRequest(List<UUID> assessments, String reason) {
        MatchingRound.Context context = round.context();
        for (UUID assessment : assessments) {
            round.matchAssessment(assessment, reason, context);
        }
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

    @Transactional
    public MatchingRound.Context context() {
        return round.context();
    }

    /**
     * By state, the assessments with current needs the offers may serve, or with proposals of them that may have to
     * go.
     */
    Map<String, List<UUID>> affectedByState(List<String> offerIds) {
        Map<String, Set<UUID>> byState = new TreeMap<>();
        for (String id : offerIds) {
            Offer o = Offer.findById(id);
            if (o != null) {
                round.assessmentsServedBy(o).forEach((assessment, state) ->
                        byState.computeIfAbsent(state, k -> new LinkedHashSet<>()).add(assessment));
            }
            MatchProposal.<MatchProposal>list("offerId = ?1 and status = ?2", id, MatchStatus.PROPOSED)
                    .forEach(p -> byState.computeIfAbsent(p.state, k -> new LinkedHashSet<>()).add(p.assessmentId));
        }
        Map<String, List<UUID>> lists = new TreeMap<>();
        byState.forEach((state, assessments) -> lists.put(state, List.copyOf(assessments)));
        return lists;
    }

    @Transactional
    public void assessment(UUID assessment, String reason, MatchingRound.Context context) {
        round.matchAssessment(assessment, reason, context);
    }

}
