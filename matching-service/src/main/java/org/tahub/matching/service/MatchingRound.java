package org.tahub.matching.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tahub.events.EventCodec;
import org.tahub.matching.domain.CatalogueCopy;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.domain.Need;
import org.tahub.matching.domain.Offer;
import org.tahub.matching.domain.OfferStatus;
import org.tahub.matching.domain.Provider;
import org.tahub.matching.domain.StateProfile;
import org.tahub.matching.engine.MatchingEngine;
import org.tahub.matching.engine.NeedFacts;
import org.tahub.matching.engine.OfferFacts;
import org.tahub.matching.engine.Proposal;
import org.tahub.matching.engine.StateFacts;
import org.tahub.matching.engine.Words;

/**
 * Runs the engine for the current needs of an assessment and keeps its proposals: a proposal that still stands keeps
 * its id and status (a provider's answer is never lost), one that no longer does is withdrawn if it was only
 * proposed, a declined one is never proposed again; only what changed is written (what the round made in one
 * statement, what it changed in another) and announced: the proposals the round made, changed or withdrew carry its
 * id, and the round's {@link Completed} (always after a submission, after a rematch only when something changed) is
 * announced by messaging/MatchingEvents in the same transaction: a record per such proposal on the proposals topic
 * (built when sent, messaging/ProposalRecords), the round's round.completed notice and, until its sunset, the
 * deprecated match.proposed with the whole standing set.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MatchingRound {

    private final Event<Completed> completed;

    public MatchingRound(Event<Completed> completed) {
        this.completed = completed;
    }

    /**
     * What a round needs that does not depend on the assessment: the engine over the active offers (with their
     * capacity in use) and the activities' titles. Build it once for a batch of assessments matched one after another.
     */
    public record Context(MatchingEngine engine, Map<String, String> activityTitles) {
    }

    public Context context() {
        return new Context(new MatchingEngine(offers(), LocalDate.now(ZoneOffset.UTC)), activityTitles());
    }

    /** The reason of a round run because the assessment was just submitted. */
    public static final String ASSESSMENT_SUBMITTED = "assessment-submitted";

    public void matchAssessment(UUID assessmentId, String reason) {
        matchAssessment(assessmentId, reason, context());
    }

    public void matchAssessment(UUID assessmentId, String reason, Context context) {
        // One round per assessment at a time: the consumer (a submission) and the rematch (an offer changed) may
        // match the same assessment at once; the second waits for the first's commit and then sees its proposals,
        // instead of inserting the same (need, offer) again and failing on match_proposal_once.
        lock(assessmentId);
        List<Need> needs = Need.list("key.assessmentId = ?1 and current = true", assessmentId);
        if (needs.isEmpty()) {
            return;
        }
        String iso3 = needs.get(0).state;
        StateProfile profile = StateProfile.findById(iso3);
        MatchingEngine engine = context.engine();
        MatchingEngine.Engagements engagements = engagements(iso3);
        Map<String, String> activityTitles = context.activityTitles();
        StateFacts state = new StateFacts(profile.iso3, profile.name, profile.regionCode, profile.subregionCode,
                profile.languages, profile.legalTradition, profile.memberships);

        Map<String, MatchProposal> existing = new HashMap<>();
        MatchProposal.forRound("assessmentId", assessmentId).forEach(p -> existing.put(p.needId + "|" + p.offerId, p));
        List<MatchProposal> made = new ArrayList<>();
        List<MatchProposal> changed = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        UUID roundId = UUID.randomUUID();
        Set<String> standing = new HashSet<>();
        List<Standing> stands = new ArrayList<>();
        int added = 0;
        int rewritten = 0;
        int withdrawn = 0;
        for (Need n : needs) {
            String text = n.text != null ? n.text
                    : n.activities.stream().map(a -> activityTitles.getOrDefault(a, a)).collect(Collectors.joining(". "));
            NeedFacts facts = new NeedFacts(assessmentId.toString(), n.key.needId(), iso3, n.activities, n.areas,
                    n.priority, text);
            for (Proposal p : engine.propose(facts, state, engagements)) {
                String key = p.needId() + "|" + p.offerId();
                MatchProposal row = existing.get(key);
                if (row != null && row.status == MatchStatus.DECLINED) {
                    continue;
                }
                String components = json(p.components());
                byte[] reading = reading(p, components);
                boolean announce = true;
                if (row == null) {
                    row = new MatchProposal();
                    row.id = UUID.randomUUID();
                    row.assessmentId = assessmentId;
                    row.needId = p.needId();
                    row.state = iso3;
                    row.offerId = p.offerId();
                    row.providerId = p.providerId();
                    row.status = MatchStatus.PROPOSED;
                    row.createdAt = now;
                    existing.put(key, row);
                    write(row, p, components, reading, now);
                    made.add(row);
                    added++;
                } else if (row.status == MatchStatus.WITHDRAWN) {
                    row.status = MatchStatus.PROPOSED;
                    write(row, p, components, reading, now);
                    changed.add(row);
                    added++;
                } else if (Arrays.equals(row.readingDigest, reading)) {
                    // Only what changed is written and announced: a round that finds the same proposals does neither.
                    announce = false;
                } else if (row.readingDigest != null || differs(row, p, components)) {
                    write(row, p, components, reading, now);
                    changed.add(row);
                    rewritten++;
                } else {
                    // The same reading, stored before its digest was: the digest is stored, nothing is announced.
                    row.readingDigest = reading;
                    changed.add(row);
                    announce = false;
                }
                standing.add(key);
                stands.add(new Standing(row.id, p));
                if (announce) {
                    announced(row, roundId, reason, now);
                }
            }
        }
        for (Map.Entry<String, MatchProposal> e : existing.entrySet()) {
            MatchProposal row = e.getValue();
            if (!standing.contains(e.getKey()) && row.status == MatchStatus.PROPOSED) {
                row.status = MatchStatus.WITHDRAWN;
                row.updatedAt = now;
                announced(row, roundId, reason, now);
                changed.add(row);
                withdrawn++;
            }
        }
        MatchProposal.insertAll(made);
        MatchProposal.rewriteAll(changed);
        // After a submission the round is always announced (it may have found nothing); after a rematch only when it
        // changed something.
        if (added + rewritten + withdrawn == 0 && !ASSESSMENT_SUBMITTED.equals(reason)) {
            return;
        }
        completed.fire(new Completed(assessmentId, roundId, iso3, reason, now, stands, added, rewritten, withdrawn,
                true));
    }

    /** A proposal that stands after the round, by its row's id, as the engine made it. */
    public record Standing(UUID matchId, Proposal proposal) {
    }

    /**
     * A round that made, changed or withdrew proposals (each carries its id), or that follows a submission: what
     * stands after it, and its counts. messaging/MatchingEvents announces it, in the round's transaction; with the
     * whole standing set too (the deprecated match.proposed) when {@code standingSetAnnounced}.
     */
    public record Completed(UUID assessmentId, UUID roundId, String state, String reason, OffsetDateTime at,
                            List<Standing> standing, int added, int rewritten, int withdrawn,
                            boolean standingSetAnnounced) {
    }

    /** The reason of a round that withdraws what was proposed for an assessment another one superseded. */
    public static final String ASSESSMENT_SUPERSEDED = "assessment-superseded";
    /** A round an operator's change of rules asked for (e.g. the 2004 requests made history). */
    public static final String REMATCH = "rematch";

    /**
     * Withdraws what was only proposed for the needs of an assessment that another one superseded, and announces it
     * as a round does: one match.withdrawn per proposal, then a round.completed notice with nothing standing.
     */
    public void withdrawAll(UUID assessmentId) {
        withdrawAll(assessmentId, ASSESSMENT_SUPERSEDED);
    }

    /** The same, for another {@code reason} (one of the round reasons the event schemas allow). */
    public void withdrawAll(UUID assessmentId, String reason) {
        lock(assessmentId);
        List<MatchProposal> proposed = MatchProposal.forRound("assessmentId = ?1 and status = ?2", assessmentId,
                MatchStatus.PROPOSED);
        if (proposed.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        UUID roundId = UUID.randomUUID();
        String iso3 = proposed.get(0).state;
        for (MatchProposal row : proposed) {
            row.status = MatchStatus.WITHDRAWN;
            row.updatedAt = now;
            announced(row, roundId, reason, now);
        }
        MatchProposal.rewriteAll(proposed);
        completed.fire(new Completed(assessmentId, roundId, iso3, reason, now, List.of(), 0, 0,
                proposed.size(), false));
    }

    /** Marks a proposal as made, changed or withdrawn by this round: its record on the proposals topic says so. */
    private static void announced(MatchProposal row, UUID roundId, String reason, OffsetDateTime now) {
        row.roundId = roundId;
        row.roundReason = reason;
        row.roundAt = now;
    }

    /** One round per assessment at a time (a transaction-scoped advisory lock on its id). */
    private static void lock(UUID assessmentId) {
        Need.getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) as round_lock")
                .setParameter(1, assessmentId.getMostSignificantBits() ^ assessmentId.getLeastSignificantBits())
                .getSingleResult();
    }

    private static void write(MatchProposal row, Proposal p, String components, byte[] reading, OffsetDateTime now) {
        row.rank = p.rank();
        row.score = p.score();
        row.components = components;
        row.readingDigest = reading;
        row.explanation = p.explanation();
        row.coordination = p.coordination();
        row.updatedAt = now;
    }

    /** Whether the engine's new reading of a standing proposal differs from the stored one, for a row without digest. */
    private static boolean differs(MatchProposal row, Proposal p, String components) {
        if (row.rank != p.rank() || row.score != p.score() || !Objects.equals(row.explanation, p.explanation())
                || !Objects.equals(row.coordination, p.coordination())) {
            return true;
        }
        try {
            // Stored as jsonb until V11, whose text PostgreSQL normalised: compare the trees, not the strings.
            return !EventCodec.mapper().readTree(row.components).equals(EventCodec.mapper().readTree(components));
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    private static String json(List<Proposal.Component> components) {
        try {
            return EventCodec.mapper().writeValueAsString(components);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a proposal's components cannot be written as JSON", e);
        }
    }

    /** The SHA-256 of a reading: what a round compares to know whether a standing proposal changed. */
    private static byte[] reading(Proposal p, String components) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String text = p.rank() + "\u0000" + Double.doubleToLongBits(p.score()) + "\u0000" + components + "\u0000"
                    + p.explanation() + "\u0000" + (p.coordination() == null ? "\u0001" : p.coordination());
            return digest.digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The assessments whose current needs an offer may serve (by activity or area), each with its state. */
    public Map<UUID, String> assessmentsServedBy(Offer o) {
        Map<UUID, String> served = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Need.getEntityManager().createNativeQuery("select distinct assessment_id, state_iso3 from need "
                        + "where current and (activities && cast(?1 as text[]) or areas && cast(?2 as text[]))")
                .setParameter(1, o.activities.toArray(String[]::new))
                .setParameter(2, o.areas.toArray(String[]::new))
                .getResultList();
        rows.forEach(r -> served.put((UUID) r[0], (String) r[1]));
        return served;
    }

    static List<OfferFacts> offers() {
        Map<String, String> names = new HashMap<>();
        Provider.<Provider>listAll().forEach(p -> names.put(p.id, p.shortName != null ? p.shortName : p.name));
        Map<String, Integer> engaged = new HashMap<>();
        Need.getEntityManager().createQuery("select p.offerId, count(p) from MatchProposal p where p.status = ?1 "
                        + "group by p.offerId", Object[].class).setParameter(1, MatchStatus.AGREED).getResultList()
                .forEach(r -> engaged.put((String) r[0], ((Long) r[1]).intValue()));
        List<OfferFacts> facts = new ArrayList<>();
        for (Offer o : Offer.<Offer>list("status", OfferStatus.ACTIVE)) {
            facts.add(new OfferFacts(o.id, o.providerId, names.getOrDefault(o.providerId, o.providerId), o.title,
                    Words.of(o.title + " " + (o.description == null ? "" : o.description)), Set.copyOf(o.activities),
                    Set.copyOf(o.areas), o.modality.name(), o.languages, Set.copyOf(o.eligibleStates),
                    Set.copyOf(o.eligibleRegions), Set.copyOf(o.eligibleMemberships), Set.copyOf(o.legalTraditions),
                    o.capacity, engaged.getOrDefault(o.id, 0), o.periodStart, o.periodEnd, o.indicativeCostUsd));
        }
        return facts;
    }

    /** The providers engaged (agreed) with a state, per activity of the need they serve. */
    static MatchingEngine.Engagements engagements(String iso3) {
        Map<String, Set<String>> byActivity = new HashMap<>();
        List<MatchProposal> agreed = MatchProposal.list("state = ?1 and status = ?2", iso3, MatchStatus.AGREED);
        for (MatchProposal p : agreed) {
            Need n = Need.findById(new Need.Key(p.assessmentId, p.needId));
            if (n != null) {
                n.activities.forEach(a -> byActivity.computeIfAbsent(a, k -> new HashSet<>()).add(p.providerId));
            }
        }
        return new MatchingEngine.Engagements(Map.of(iso3, byActivity));
    }

    static Map<String, String> activityTitles() {
        Map<String, String> titles = new HashMap<>();
        CatalogueCopy.<CatalogueCopy>list("key.type = 'activity'").forEach(e -> titles.put(e.key.id(), e.title));
        return titles;
    }
}
