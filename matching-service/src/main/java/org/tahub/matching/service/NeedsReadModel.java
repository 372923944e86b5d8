package org.tahub.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.assessments.AssessmentEventHandler;
import org.tahub.events.assessments.AssessmentSubmittedV1;
import org.tahub.events.assessments.AssessmentSubmittedV2;
import org.tahub.events.assessments.AssessmentSupersededV1;
import org.tahub.events.assessments.NeedV2;
import org.tahub.events.assessments.RatificationV1;
import org.tahub.languages.LanguageTags;
import org.tahub.matching.classification.Classification;
import org.tahub.matching.classification.NeedSplitter;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.domain.Need;
import org.tahub.matching.domain.StateProfile;
import org.tahub.matching.domain.StateRatification;

/**
 * Keeps what matching knows of states and their needs from tahub.assessments.v1, and has every newly submitted
 * assessment matched in the same transaction: its proposals exist as soon as its event is consumed. A statement the
 * state did not tag is classified first, in the language the state said it wrote in (else the one detected), and
 * matched on what the classifier read in it.
 *
 * <p>A submission reads from the current version of {@code assessment.submitted}; the deprecated first version that
 * follows it is skipped, and read only for a submission published before the current version existed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NeedsReadModel implements AssessmentEventHandler {

    /** A classified area or activity is used for matching when its score reaches this. */
    static final double AREA_THRESHOLD = 0.5;
    static final double ACTIVITY_THRESHOLD = 0.9;

    private final NeedClassification classification;
    private final MatchingRound round;
    private final ImpactLedger impact;

    public NeedsReadModel(NeedClassification classification, MatchingRound round, ImpactLedger impact) {
        this.classification = classification;
        this.round = round;
        this.impact = impact;
    }

    @Override
    public void submitted(AssessmentSubmittedV1 s, EventEnvelope event) {
        submittedV2(AssessmentSubmittedV2.of(s), event);
    }

    @Override
    public void submittedV2(AssessmentSubmittedV2 s, EventEnvelope event) {
        UUID assessment = UUID.fromString(s.assessmentId());
        if (!firstAnnouncement(assessment, event)) {
            return;
        }
        profile(s);
        StateRatification.delete("key.state", s.state());
        for (RatificationV1 r : s.ratifications()) {
            StateRatification sr = new StateRatification();
            sr.key = new StateRatification.Key(s.state(), r.instrument());
            sr.status = r.status();
            sr.persist();
        }
        for (String old : s.supersedes()) {
            supersede(UUID.fromString(old), assessment);
        }
        // The 2004 requests are history (issue 18): what a state asked for in 2004 is not taken for what it needs now.
        boolean current = !isSuperseded(assessment) && !Need.SYNOPSIS_2004.equals(s.origin());
        for (NeedV2 n : s.needs()) {
            Need need = need(s, assessment, n.id(), n, current);
            if (!"statement".equals(n.kind()) || !n.areas().isEmpty() || !n.activities().isEmpty() || n.text() == null) {
                need.persist();
                continue;
            }
            // A statement the state did not tag: read, and kept as one need per need it holds.
            List<NeedSplitter.Part> parts = classification.split(n.text(), 5, givenLanguage(n));
            if (parts.size() == 1) {
                read(need, parts.get(0).classification());
                need.persist();
                continue;
            }
            for (int i = 0; i < parts.size(); i++) {
                NeedSplitter.Part part = parts.get(i);
                Need p = need(s, assessment, n.id() + ":" + (i + 1), n, current);
                p.statementId = n.id();
                p.spanStart = part.span().start();
                p.spanEnd = part.span().end();
                p.text = part.span().of(n.text());
                read(p, part.classification());
                p.persist();
            }
        }
        Need.getEntityManager().flush();
        if (!current) {
            // History: a 2004 request, or a submission that arrived after the one that replaced it (a late replay).
            // Neither matched nor measured.
            return;
        }
        impact.record(s);
        round.matchAssessment(assessment, MatchingRound.ASSESSMENT_SUBMITTED);
    }

    /**
     * True the first time a submission is announced; false for its other version (or a redelivery), which changes
     * nothing. Recorded in the transaction that reads it.
     */
    private static boolean firstAnnouncement(UUID assessment, EventEnvelope event) {
        return Need.getEntityManager().createNativeQuery("insert into received_submission (assessment_id, event_type) "
                        + "values (?1, ?2) on conflict do nothing")
                .setParameter(1, assessment).setParameter(2, event.type()).executeUpdate() == 1;
    }

    /** The UN language a state said a statement is written in; null when it said none (the classifier detects it). */
    private static String givenLanguage(NeedV2 n) {
        return Boolean.FALSE.equals(n.languageDetected()) ? LanguageTags.unLanguage(n.language()).orElse(null) : null;
    }

    private static Need need(AssessmentSubmittedV2 s, UUID assessment, String id, NeedV2 n, boolean current) {
        Need need = new Need();
        need.key = new Need.Key(assessment, id);
        need.state = s.state();
        need.period = s.period();
        need.visibility = s.visibility();
        need.origin = s.origin();
        need.kind = n.kind();
        need.activities = new ArrayList<>(n.activities());
        need.areas = new ArrayList<>(n.areas());
        need.priority = n.priority();
        need.implementation = n.implementation();
        need.text = n.text();
        need.language = n.language();
        need.current = current;
        need.submittedAt = s.submittedAt();
        return need;
    }

    /** What the classifier read in a statement: its best area, and up to two activities of that area. */
    private static void read(Need need, Classification c) {
        need.classification = EventCodec.mapper().valueToTree(c).toString();
        if (need.language == null) {
            need.language = c.language();
        }
        c.areas().stream().filter(a -> a.score() >= AREA_THRESHOLD).limit(1).forEach(a -> need.areas.add(a.code()));
        if (need.areas.isEmpty() && !c.areas().isEmpty()) {
            need.areas.add(c.areas().get(0).code());
        }
        c.activities().stream().filter(a -> a.score() >= ACTIVITY_THRESHOLD)
                .filter(a -> need.areas.contains(a.code().split("\\.")[0])).limit(2)
                .forEach(a -> need.activities.add(a.code()));
    }

    @Override
    public void superseded(AssessmentSupersededV1 s, EventEnvelope event) {
        supersede(UUID.fromString(s.assessmentId()), s.supersededBy() == null ? null : UUID.fromString(s.supersededBy()));
    }

    private static boolean isSuperseded(UUID assessment) {
        return ((Number) Need.getEntityManager().createNativeQuery(
                "select count(*) from superseded_assessment where assessment_id = ?1")
                .setParameter(1, assessment).getSingleResult()).longValue() > 0;
    }

    /**
     * Its needs are no longer current; what was only proposed for them is withdrawn. Recorded even when its needs
     * have not arrived yet, so that a late submission of it is not taken for the current one.
     */
    private void supersede(UUID assessment, UUID by) {
        Need.getEntityManager().createNativeQuery("insert into superseded_assessment (assessment_id, superseded_by) "
                        + "values (?1, cast(?2 as uuid)) on conflict do nothing")
                .setParameter(1, assessment).setParameter(2, by).executeUpdate();
        Need.update("current = false where key.assessmentId = ?1", assessment);
        round.withdrawAll(assessment);
    }

    private static void profile(AssessmentSubmittedV2 s) {
        StateProfile p = StateProfile.findById(s.state());
        if (p == null) {
            p = new StateProfile();
            p.iso3 = s.state();
        }
        var sp = s.stateProfile();
        p.iso2 = sp.iso2();
        p.name = sp.name();
        p.regionCode = sp.regionCode();
        p.subregionCode = sp.subregionCode();
        p.languages = new ArrayList<>(sp.unLanguages());
        p.legalTradition = sp.legalTradition();
        p.memberships = new ArrayList<>(sp.memberships());
        p.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        p.persist();
    }

}
