package org.tahub.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tahub.delivery.outbox.EventPublisher;
import org.tahub.events.EventCodec;
import org.tahub.events.EventType;
import org.tahub.events.matching.MatchesProposedV1;
import org.tahub.matching.domain.CatalogueEntry;
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
 * proposed, a declined one is never proposed again; the new set is announced in one match.proposed event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MatchingRound {

    private final EventPublisher publisher;

    public MatchingRound(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void matchAssessment(UUID assessmentId, String reason) {
        List<Need> needs = Need.list("key.assessmentId = ?1 and current = true", assessmentId);
        if (needs.isEmpty()) {
            return;
        }
        String iso3 = needs.get(0).state;
        StateProfile profile = StateProfile.findById(iso3);
        MatchingEngine engine = new MatchingEngine(offers(), LocalDate.now(ZoneOffset.UTC));
        MatchingEngine.Engagements engagements = engagements(iso3);
        Map<String, String> activityTitles = activityTitles();
        StateFacts state = new StateFacts(profile.iso3, profile.name, profile.regionCode, profile.subregionCode,
                profile.languages, profile.legalTradition, profile.memberships);

        Map<String, MatchProposal> existing = new HashMap<>();
        MatchProposal.<MatchProposal>list("assessmentId", assessmentId)
                .forEach(p -> existing.put(p.needId + "|" + p.offerId, p));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Set<String> standing = new HashSet<>();
        List<MatchesProposedV1.ProposalV1> announced = new ArrayList<>();
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
                } else if (row.status == MatchStatus.WITHDRAWN) {
                    row.status = MatchStatus.PROPOSED;
                }
                row.rank = p.rank();
                row.score = p.score();
                row.components = EventCodec.mapper().valueToTree(p.components()).toString();
                row.explanation = p.explanation();
                row.coordination = p.coordination();
                row.updatedAt = now;
                row.persist();
                standing.add(key);
                announced.add(new MatchesProposedV1.ProposalV1(row.id.toString(), p.needId(), p.offerId(),
                        p.providerId(), p.rank(), p.score(), p.components().stream()
                        .map(c -> new MatchesProposedV1.ComponentV1(c.name(), c.value(), c.weight(), c.explanation()))
                        .toList(), p.coordination()));
            }
        }
        existing.forEach((key, row) -> {
            if (!standing.contains(key) && row.status == MatchStatus.PROPOSED) {
                row.status = MatchStatus.WITHDRAWN;
                row.updatedAt = now;
            }
        });
        publisher.publish(EventType.MATCH_PROPOSED, iso3, "assessments/" + assessmentId + "/matches",
                new MatchesProposedV1(assessmentId.toString(), iso3, reason, now, announced));
    }

    /** The assessments whose current needs an offer may serve (by activity or area). */
    public List<UUID> assessmentsServedBy(Offer o) {
        return Need.getEntityManager().createNativeQuery("select distinct assessment_id from need where current and "
                        + "(activities && cast(?1 as text[]) or areas && cast(?2 as text[]))", UUID.class)
                .setParameter(1, o.activities.toArray(String[]::new))
                .setParameter(2, o.areas.toArray(String[]::new))
                .getResultList().stream().map(UUID.class::cast).toList();
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
        CatalogueEntry.<CatalogueEntry>list("key.type = 'activity'").forEach(e -> titles.put(e.key.id(), e.title));
        return titles;
    }
}
