package org.tahub.matching.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tahub.delivery.outbox.OutboxEvent;
import org.tahub.delivery.outbox.OutboxReference;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventSchemas;
import org.tahub.events.EventType;
import org.tahub.events.matching.MatchProposedV2;
import org.tahub.events.matching.MatchWithdrawnV1;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.MatchStatus;

/**
 * The records of a round's changes, built when the relay sends them: for each proposal that carries the round's id,
 * a match.proposed.v2 (made or changed) or a match.withdrawn, keyed by the proposal's id, as the proposal stands then.
 * A proposal that a later round changed again carries that round's id, and is sent with it instead. Each record's
 * CloudEvent id is derived from the proposal, the round and the type, so a record sent again after a relay crash has
 * the id it had. Every record is checked against its schema before it leaves.
 */
@ApplicationScoped
public class ProposalRecords implements OutboxReference {

    private static final TypeReference<List<MatchProposedV2.Component>> COMPONENTS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final String source;

    public ProposalRecords(EntityManager em, @ConfigProperty(name = "tahub.events.source") String source) {
        this.em = em;
        this.source = source;
    }

    @Override
    public String type() {
        return MatchingEvents.ROUND_CHANGES;
    }

    @Override
    public List<Record> records(OutboxEvent row) {
        MatchingEvents.RoundChanges changes;
        try {
            changes = EventCodec.mapper().readValue(row.envelope, MatchingEvents.RoundChanges.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox row " + row.sequence + " is not a round's changes", e);
        }
        List<MatchProposal> proposals = em.createQuery("from MatchProposal p where p.assessmentId = ?1 and "
                        + "p.roundId = ?2 order by p.needId, p.rank", MatchProposal.class)
                .setParameter(1, UUID.fromString(changes.assessmentId()))
                .setParameter(2, UUID.fromString(changes.roundId()))
                .getResultList();
        List<Record> records = new ArrayList<>(proposals.size());
        for (MatchProposal p : proposals) {
            em.detach(p);
            records.add(p.status == MatchStatus.WITHDRAWN ? withdrawn(p) : proposed(p));
        }
        return records;
    }

    private Record proposed(MatchProposal p) {
        List<MatchProposedV2.Component> components;
        try {
            components = EventCodec.mapper().readValue(p.components, COMPONENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("proposal " + p.id + " has components that cannot be read", e);
        }
        return record(EventType.MATCH_PROPOSED_V2, p, new MatchProposedV2(p.id.toString(), p.roundId.toString(),
                p.assessmentId.toString(), p.state, p.needId, p.offerId, p.providerId, p.rank, p.score, components,
                p.coordination, p.roundReason, p.roundAt));
    }

    private Record withdrawn(MatchProposal p) {
        return record(EventType.MATCH_WITHDRAWN, p, new MatchWithdrawnV1(p.id.toString(), p.roundId.toString(),
                p.assessmentId.toString(), p.state, p.needId, p.offerId, p.providerId, p.roundReason, p.roundAt));
    }

    private Record record(EventType type, MatchProposal p, Object payload) {
        String id = UUID.nameUUIDFromBytes((type.type() + "/" + p.id + "/" + p.roundId)
                .getBytes(StandardCharsets.UTF_8)).toString();
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, id, source, type.type(),
                "matches/" + p.id, p.roundAt, EventEnvelope.DATA_CONTENT_TYPE, type.dataschema(),
                EventCodec.toData(payload));
        List<String> violations = EventSchemas.violations(envelope);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("event " + type.type() + " for matches/" + p.id
                    + " breaks its contract: " + violations);
        }
        return new Record(type.topic().topicName(), p.id.toString(), EventCodec.write(envelope));
    }
}
