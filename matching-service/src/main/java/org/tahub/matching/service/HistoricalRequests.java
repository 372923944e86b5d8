package org.tahub.matching.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tahub.matching.domain.Need;

/**
 * The 2004 requests of the CTC synopsis are history: what a state asked for in 2004 is not what it needs now, so they
 * are neither matched nor counted in the gaps, coordination or timeliness, until the state restates them in an
 * assessment of its own (assessments-service's confirmation). New ones are stored so by {@link NeedsReadModel}; this
 * brings a database from before that rule in line at start-up, once: their needs stop being current, and what was only
 * proposed for them is withdrawn and announced (reason {@code rematch}) as any withdrawal is. Accepted and agreed
 * proposals stay: a provider's answer is never lost. With several instances starting at once, one does the work.
 */
@ApplicationScoped
public class HistoricalRequests {

    private static final Logger LOG = Logger.getLogger(HistoricalRequests.class);
    private static final long LOCK = 0x68697374323030L;

    private final EntityManager em;
    private final MatchingRound round;

    public HistoricalRequests(EntityManager em, MatchingRound round) {
        this.em = em;
        this.round = round;
    }

    void onStart(@Observes StartupEvent start) {
        int made = makeHistory();
        if (made > 0) {
            LOG.infof("2004 requests: the needs of %d assessments made history; their open proposals withdrawn", made);
        }
    }

    /** Makes history of the 2004 requests still taken as current; returns how many assessments it changed. */
    @Transactional
    public int makeHistory() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        @SuppressWarnings("unchecked")
        List<UUID> assessments = em.createNativeQuery("select distinct assessment_id from need where origin = ?1 "
                + "and current").setParameter(1, Need.SYNOPSIS_2004).getResultList();
        for (UUID assessment : assessments) {
            Need.update("current = false where key.assessmentId = ?1", assessment);
            round.withdrawAll(assessment, MatchingRound.REMATCH);
        }
        return assessments.size();
    }
}
