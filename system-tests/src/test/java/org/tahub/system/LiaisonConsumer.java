package org.tahub.system;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.assessments.AssessmentDecisionV1;
import org.tahub.events.assessments.AssessmentEventHandler;
import org.tahub.events.assessments.AssessmentSubmittedV1;
import org.tahub.events.assessments.AssessmentSubmittedV2;
import org.tahub.events.assessments.AssessmentSupersededV1;
import org.tahub.events.matching.MatchDecisionV1;
import org.tahub.events.matching.MatchProposedV2;
import org.tahub.events.matching.MatchWithdrawnV1;
import org.tahub.events.matching.RoundCompletedV1;

/**
 * What a Counter-Terrorism Committee liaison system does with TA Hub's events (docs/liaison.md): it reads
 * tahub.assessments.v1, tahub.matching.v1 and tahub.matching.proposals.v1 from the beginning, with a consumer group
 * of its own, and rebuilds the list of submitted assessments (with where each stands), of the proposals that stand
 * and of accepted matches. Events carry whole facts and arrive in order per key (the state's ISO3 on the first two,
 * the proposal's id on the third), so applying them in order is all it takes; an event seen twice (a redelivery) is
 * recognised by its id.
 */
public final class LiaisonConsumer {

    /** A submitted assessment as the liaison system knows it. */
    public record Submission(String assessmentId, String state, int period, int revision, String visibility,
                             int needs, String status) {
    }

    /** An accepted match. */
    public record AcceptedMatch(String matchId, String state, String needId, String providerId, String offerId) {
    }

    private final Map<String, Submission> submissions = new LinkedHashMap<>();
    /** A proposal that stands, as its latest record (match.proposed.v2) says. */
    public record StandingProposal(String matchId, String assessmentId, String state, String needId, String offerId,
                                   String providerId, int rank, double score) {
    }

    private final Map<String, AcceptedMatch> accepted = new LinkedHashMap<>();
    private final Map<String, StandingProposal> proposals = new LinkedHashMap<>();
    private final Map<String, RoundCompletedV1> rounds = new LinkedHashMap<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    public Map<String, Submission> submissions() {
        return submissions;
    }

    public Map<String, AcceptedMatch> accepted() {
        return accepted;
    }

    /** The proposals that stand, by id. */
    public Map<String, StandingProposal> proposals() {
        return proposals;
    }

    /** The latest round of each assessment, by assessment id. */
    public Map<String, RoundCompletedV1> rounds() {
        return rounds;
    }

    /** Reads the topics from the beginning up to their current end (bounded by {@code timeout}). */
    public LiaisonConsumer readAll(String bootstrapServers, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "ctc-liaison-example-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new java.util.ArrayList<>();
            for (String topic : List.of("tahub.assessments.v1", "tahub.matching.v1", "tahub.matching.proposals.v1")) {
                consumer.partitionsFor(topic, timeout).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp, timeout) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the topics were not read to their end within " + timeout);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    apply(EventCodec.read(r.value()));
                }
            }
        }
        return this;
    }

    void apply(EventEnvelope event) {
        if (!seen.add(event.id())) {
            return;
        }
        if (event.type().startsWith("tahub.assessments.")) {
            AssessmentEventHandler.dispatch(event, new AssessmentEventHandler() {
                @Override
                public void submittedV2(AssessmentSubmittedV2 s, EventEnvelope e) {
                    submissions.putIfAbsent(s.assessmentId(), new Submission(s.assessmentId(), s.state(), s.period(),
                            s.revision(), s.visibility(), s.needs().size(), "SUBMITTED"));
                }

                // The deprecated first version: the same submission just read in the second, so skipped, unless it
                // was published before the second version existed.
                @Override
                public void submitted(AssessmentSubmittedV1 s, EventEnvelope e) {
                    submittedV2(AssessmentSubmittedV2.of(s), e);
                }

                @Override
                public void validated(AssessmentDecisionV1 d, EventEnvelope e) {
                    status(d.assessmentId(), "VALIDATED");
                }

                @Override
                public void returned(AssessmentDecisionV1 d, EventEnvelope e) {
                    status(d.assessmentId(), "RETURNED");
                }

                @Override
                public void superseded(AssessmentSupersededV1 s, EventEnvelope e) {
                    status(s.assessmentId(), "SUPERSEDED");
                }
            });
        } else if (event.type().equals("tahub.matching.match.proposed.v2")) {
            MatchProposedV2 p = EventCodec.data(event, MatchProposedV2.class);
            proposals.put(p.matchId(), new StandingProposal(p.matchId(), p.assessmentId(), p.state(), p.needId(),
                    p.offerId(), p.providerId(), p.rank(), p.score()));
        } else if (event.type().equals("tahub.matching.match.withdrawn")) {
            proposals.remove(EventCodec.data(event, MatchWithdrawnV1.class).matchId());
        } else if (event.type().equals("tahub.matching.round.completed")) {
            RoundCompletedV1 r = EventCodec.data(event, RoundCompletedV1.class);
            rounds.put(r.assessmentId(), r);
        } else if (event.type().equals("tahub.matching.match.accepted")) {
            MatchDecisionV1 d = EventCodec.data(event, MatchDecisionV1.class);
            accepted.put(d.matchId(), new AcceptedMatch(d.matchId(), d.state(), d.needId(), d.providerId(), d.offerId()));
        } else if (event.type().equals("tahub.matching.match.declined")) {
            accepted.remove(EventCodec.data(event, MatchDecisionV1.class).matchId());
        }
    }

    private void status(String assessmentId, String status) {
        Submission s = submissions.get(assessmentId);
        if (s != null) {
            submissions.put(assessmentId, new Submission(s.assessmentId(), s.state(), s.period(), s.revision(),
                    s.visibility(), s.needs(), status));
        }
    }
}
