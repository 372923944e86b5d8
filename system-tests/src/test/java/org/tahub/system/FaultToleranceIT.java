package org.tahub.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault tests of docs/reliability.md: the packaged suite, as {@code up.sh} starts it, under a steady load of
 * submissions through the gateway, with two instances of matching-service and of assessments-service sharing their
 * consumer groups and outbox relays, while (a) the broker is killed with SIGKILL and started again, (b) PostgreSQL is
 * restarted, (c) the second instance of each service is killed with SIGKILL and started again (rebalances, a relay's
 * leadership moving), (d) the first matching-service is stopped with SIGTERM and started again. Afterwards every
 * acknowledged submission's events are on the topics, each once as an event (copies of a record are allowed, they
 * share an id) and in order per state, and their effects in the consumer happened exactly once: needs stored, proposals made and announced,
 * earlier periods superseded, nothing dead-lettered. The figures go to {@code target/fault-report.md}.
 */
class FaultToleranceIT {

    private static final System.Logger LOG = System.getLogger(FaultToleranceIT.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** States taking part, periods each submits in order: 150 x 3 = 450 submissions, over 1,000 events. */
    private static final int STATES = 150;
    private static final List<Integer> PERIODS = List.of(2024, 2025, 2026);

    private static LocalStack stack;
    /** The second instances up.sh starts beside the first ones (--replicas matching=2,assessments=2). */
    private static final List<String> REPLICAS = List.of("matching-service-2", "assessments-service-2");

    @BeforeAll
    static void up() throws Exception {
        stack = new LocalStack("run-faults");
        int exit = stack.run("up.sh", "--detach", "--fresh", "--replicas", "matching=2,assessments=2");
        assertThat(exit).as("up.sh --detach exit code; its output:\n%s", stack.log("up.sh.out")).isZero();
        RestAssured.baseURI = stack.gateway();
        // Both instances of matching-service consume: each holds partitions of the submissions' topic.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(membersWithPartitions("matching-service", "tahub.assessments.v1"))
                        .as("instances of matching-service holding partitions of tahub.assessments.v1")
                        .containsExactlyInAnyOrder("matching-service.assessments", "matching-service-2.assessments"));
    }

    /** The static members (group.instance.id) of a consumer group that hold partitions of a topic. */
    private static Set<String> membersWithPartitions(String group, String topic) throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            var description = admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group);
            return description.members().stream()
                    .filter(m -> m.assignment().topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic)))
                    .map(m -> m.groupInstanceId().orElse(m.consumerId())).collect(Collectors.toSet());
        }
    }

    @AfterAll
    static void down() throws Exception {
        if (stack == null) {
            return;
        }
        Map<String, Long> pids = new HashMap<>();
        for (String c : LocalStack.COMPONENTS) {
            pids.put(c, stack.pid(c));
        }
        for (String c : REPLICAS) {
            pids.put(c, stack.pid(c));
        }
        assertThat(stack.run("down.sh")).isZero();
        pids.forEach((c, pid) -> assertThat(LocalStack.alive(pid)).as(c + " still running after down.sh").isFalse());
    }

    /** One fault as it happened: when it began and ended, measured in acknowledged submissions, and what it cost. */
    record Fault(String name, int doneAtStart, int doneAtEnd, long outageMs, String detail) {
    }

    @Test
    void underBrokerKillDatabaseRestartConsumerStopAndInstanceKillsEverySubmissionIsDeliveredAndTakesEffectOnce()
            throws Exception {
        SubmissionLoad load = new SubmissionLoad(stack.gateway(), stateKeys(), PERIODS, 4, Duration.ofMillis(700));
        // The last tenth waits for the last fault to begin, so that it too begins with submissions in flight even
        // when the earlier faults took longer than the pace allows for (a slow restart on a busy machine).
        load.holdFrom((int) (load.planned() * 0.9));
        Instant started = Instant.now();
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                load.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        List<Fault> faults = new ArrayList<>();
        try {
            faults.add(whenDone(load, running, 0.05, "broker killed (SIGKILL) and restarted", () -> {
                ProcessHandle broker = ProcessHandle.of(stack.pid("kafka")).orElseThrow();
                broker.destroyForcibly();
                broker.onExit().get(30, TimeUnit.SECONDS);
                restart();
                return "";
            }));
            faults.add(whenDone(load, running, 0.35, "PostgreSQL stopped and restarted", () -> {
                assertThat(stack.run("down.sh", "postgres")).isZero();
                restart();
                return "";
            }));
            faults.add(whenDone(load, running, 0.45, "second instances of matching-service and assessments-service killed "
                    + "(SIGKILL) and restarted", () -> {
                List<ProcessHandle> killed = new ArrayList<>();
                for (String replica : REPLICAS) {
                    ProcessHandle p = ProcessHandle.of(stack.pid(replica)).orElseThrow(
                            () -> new AssertionError(replica + " is not running"));
                    p.destroyForcibly();
                    killed.add(p);
                }
                for (ProcessHandle p : killed) {
                    p.onExit().get(30, TimeUnit.SECONDS);
                }
                restart();
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                        assertThat(membersWithPartitions("matching-service", "tahub.assessments.v1"))
                                .contains("matching-service-2.assessments"));
                return "both back, matching-service-2 holding partitions again";
            }));
            faults.add(whenDone(load, running, 0.65, "matching-service stopped (SIGTERM) and restarted", () -> {
                load.release();
                long pid = stack.pid("matching-service");
                assertThat(stack.run("down.sh", "matching-service")).isZero();
                String out = stack.log("down.sh.out");
                String stop = out.lines().filter(l -> l.contains("stopped matching-service (pid " + pid + ")"))
                        .reduce((a, b) -> b).orElse("");
                // Graceful: it stopped by itself on SIGTERM, well before down.sh would have killed it.
                assertThat(stop).as("down.sh output:\n%s", out).contains("cleanly");
                restart();
                return stop.trim();
            }));
        } finally {
            load.release(); // idempotent; a fault that failed must not leave the load waiting
        }
        running.get(15, TimeUnit.MINUTES);
        Duration loadTook = Duration.between(started, Instant.now());
        for (Fault f : faults) {
            assertThat(f.doneAtStart()).as("%s began under load", f.name()).isLessThan(load.planned());
        }
        assertThat(load.acknowledged).hasSize(load.planned());

        Map<String, SubmissionLoad.Submission> ours = load.acknowledged.stream()
                .collect(Collectors.toMap(SubmissionLoad.Submission::assessmentId, s -> s));
        UUID[] ids = ours.keySet().stream().map(UUID::fromString).toArray(UUID[]::new);

        // Everything left the outboxes and the consumer has caught up (bounded: the figures say how long it took).
        Instant drainStart = Instant.now();
        try {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(count("tahub_assessments", "select count(*) from outbox_event where published_at is null"))
                        .as("assessment events not yet relayed").isZero();
                assertThat(count("tahub_matching", "select count(distinct assessment_id) from need "
                        + "where assessment_id = any(?)", (Object) ids)).as("submissions matching has consumed")
                        .isEqualTo(ids.length);
                assertThat(count("tahub_matching", "select count(*) from outbox_event where published_at is null"))
                        .as("matching events not yet relayed").isZero();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "\n" + whereTheyStopped(ours.keySet()), e);
        }
        Duration drained = Duration.between(drainStart, Instant.now());

        // (1) The assessments topic: each acknowledged submission is announced by exactly one event in each version
        // of assessment.submitted (the current one, then the deprecated first one, until its sunset).
        List<ConsumerRecord<String, String>> assessmentRecords = TopicSnapshot.read(stack.kafkaBootstrap(),
                "tahub.assessments.v1");
        Map<String, JsonNode> submittedEvents = new HashMap<>();
        Map<String, Set<String>> submittedIdsByAssessment = new HashMap<>();
        Map<String, Set<String>> firstVersionIdsByAssessment = new HashMap<>();
        Map<String, Set<String>> supersededIdsByAssessment = new HashMap<>();
        Map<String, List<Integer>> periodsInTopicOrder = new HashMap<>();
        int assessmentCopies = 0;
        Set<String> seenIds = new HashSet<>();
        for (ConsumerRecord<String, String> r : assessmentRecords) {
            JsonNode event = JSON.readTree(r.value());
            String id = event.path("id").asText();
            String assessment = event.path("data").path("assessmentId").asText();
            if (!ours.containsKey(assessment)) {
                continue;
            }
            if (!seenIds.add(id)) {
                assessmentCopies++;
                continue;
            }
            assertThat(r.key()).as("key of event %s", id).isEqualTo(ours.get(assessment).state());
            switch (event.path("type").asText()) {
                case "tahub.assessments.assessment.submitted" ->
                        firstVersionIdsByAssessment.computeIfAbsent(assessment, k -> new HashSet<>()).add(id);
                case "tahub.assessments.assessment.submitted.v2" -> {
                    submittedEvents.put(id, event);
                    periodsInTopicOrder.computeIfAbsent(r.key(), k -> new ArrayList<>())
                            .add(event.path("data").path("period").asInt());
                    submittedIdsByAssessment.computeIfAbsent(assessment, k -> new HashSet<>()).add(id);
                }
                case "tahub.assessments.assessment.superseded" ->
                        supersededIdsByAssessment.computeIfAbsent(assessment, k -> new HashSet<>()).add(id);
                default -> {
                }
            }
        }
        // In order per key: each state's submissions first appear on the topic in the order they were made.
        periodsInTopicOrder.forEach((state, periods) -> assertThat(periods).as("periods of %s in topic order", state)
                .isSorted());
        for (SubmissionLoad.Submission s : ours.values()) {
            assertThat(submittedIdsByAssessment.getOrDefault(s.assessmentId(), Set.of()))
                    .as("submitted events of %s %d (%s)", s.state(), s.period(), s.assessmentId()).hasSize(1);
            assertThat(firstVersionIdsByAssessment.getOrDefault(s.assessmentId(), Set.of()))
                    .as("first-version submitted events of %s %d (%s)", s.state(), s.period(), s.assessmentId())
                    .hasSize(1);
            assertThat(supersededIdsByAssessment.getOrDefault(s.assessmentId(), Set.of()))
                    .as("superseded events of %s %d (%s)", s.state(), s.period(), s.assessmentId())
                    .hasSize(s.last() ? 0 : 1);
        }

        // (2) The consumer's effects, exactly once: every event recorded once, every need stored once.
        List<UUID> eventIds = new ArrayList<>();
        submittedEvents.keySet().forEach(id -> eventIds.add(UUID.fromString(id)));
        firstVersionIdsByAssessment.values().forEach(set -> set.forEach(id -> eventIds.add(UUID.fromString(id))));
        supersededIdsByAssessment.values().forEach(set -> set.forEach(id -> eventIds.add(UUID.fromString(id))));
        // The drain above waits for every submission's needs; the events after them on a state's partition (the
        // deprecated copy, the superseded notice) may still be on their way, so the count is awaited, with a bound.
        UUID[] eventIdArray = eventIds.toArray(UUID[]::new);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(count("tahub_matching", "select count(*) from processed_event where consumer = "
                        + "'matching-service.assessments' and event_id = any(?)", (Object) eventIdArray))
                        .as("events the matching consumer recorded as processed").isEqualTo(eventIds.size()));
        Map<String, Long> needsStored = groupCount("tahub_matching",
                "select assessment_id::text, count(*) from need where assessment_id = any(?) group by 1", (Object) ids);
        long needsExpected = 0;
        for (JsonNode event : submittedEvents.values()) {
            String assessment = event.path("data").path("assessmentId").asText();
            int needs = event.path("data").path("needs").size();
            needsExpected += needs;
            assertThat(needsStored.getOrDefault(assessment, 0L)).as("needs stored for %s", assessment).isEqualTo(needs);
        }
        Set<String> notLast = ours.values().stream().filter(s -> !s.last()).map(SubmissionLoad.Submission::assessmentId)
                .collect(Collectors.toSet());
        assertThat(count("tahub_matching", "select count(*) from need where assessment_id = any(?) and current",
                (Object) notLast.stream().map(UUID::fromString).toArray(UUID[]::new)))
                .as("needs of superseded periods still current").isZero();
        assertThat(count("tahub_matching", "select count(*) from match_proposal where assessment_id = any(?) "
                        + "and status = 'PROPOSED'", (Object) notLast.stream().map(UUID::fromString).toArray(UUID[]::new)))
                .as("proposals of superseded periods still open").isZero();

        // (3) The matching topic: every proposal made is announced in exactly one event, and nothing else is.
        Map<String, String> proposals = new HashMap<>();
        try (Connection c = DriverManager.getConnection(stack.database("tahub_matching"), "postgres", "");
             PreparedStatement q = c.prepareStatement("select id::text, assessment_id::text from match_proposal "
                     + "where assessment_id = any(?)")) {
            q.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    proposals.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<ConsumerRecord<String, String>> matchingRecords = TopicSnapshot.read(stack.kafkaBootstrap(),
                "tahub.matching.v1");
        Map<String, Integer> announcements = new HashMap<>();
        Set<String> proposedEventIds = new HashSet<>();
        int matchingCopies = 0;
        for (ConsumerRecord<String, String> r : matchingRecords) {
            JsonNode event = JSON.readTree(r.value());
            if (!event.path("type").asText().equals("tahub.matching.match.proposed")
                    || !ours.containsKey(event.path("data").path("assessmentId").asText())) {
                continue;
            }
            if (!proposedEventIds.add(event.path("id").asText())) {
                matchingCopies++;
                continue;
            }
            for (JsonNode p : event.path("data").path("proposals")) {
                announcements.merge(p.path("matchId").asText(), 1, Integer::sum);
            }
        }
        assertThat(proposals).as("proposals made for the load's needs").isNotEmpty();
        assertThat(announcements.keySet()).as("proposals announced on tahub.matching.v1")
                .containsExactlyInAnyOrderElementsOf(proposals.keySet());
        assertThat(announcements.values()).as("times each proposal was announced").allMatch(n -> n == 1);

        // (3b) The proposals topic: every proposal has its records, keyed by its id; the last record of each key is
        // the proposal as the database has it (withdrawn, or standing, from the round that last changed it); a
        // round's records are at most what its notice counts (records are built when the relay sends them: a
        // proposal a later round changed again before that is sent once, with the later round's id).
        Map<String, String> statuses = new HashMap<>();
        Map<String, String> lastRounds = new HashMap<>();
        try (Connection c = DriverManager.getConnection(stack.database("tahub_matching"), "postgres", "");
             PreparedStatement q = c.prepareStatement("select id::text, status, round_id::text from match_proposal "
                     + "where assessment_id = any(?)")) {
            q.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    statuses.put(rs.getString(1), rs.getString(2));
                    lastRounds.put(rs.getString(1), rs.getString(3));
                }
            }
        }
        Map<String, String> lastRecord = new HashMap<>();
        Map<String, String> lastRecordRound = new HashMap<>();
        Map<String, Integer> recordsPerRound = new HashMap<>();
        Set<String> proposalEventIds = new HashSet<>();
        for (ConsumerRecord<String, String> r : TopicSnapshot.read(stack.kafkaBootstrap(), "tahub.matching.proposals.v1")) {
            JsonNode event = JSON.readTree(r.value());
            if (!ours.containsKey(event.path("data").path("assessmentId").asText())) {
                continue;
            }
            assertThat(r.key()).as("key of %s", event.path("id").asText())
                    .isEqualTo(event.path("data").path("matchId").asText());
            lastRecord.put(r.key(), event.path("type").asText());
            lastRecordRound.put(r.key(), event.path("data").path("roundId").asText());
            if (proposalEventIds.add(event.path("id").asText())) {
                recordsPerRound.merge(event.path("data").path("roundId").asText() + "/" + event.path("type").asText(),
                        1, Integer::sum);
            }
        }
        assertThat(lastRecord.keySet()).as("proposals with records on tahub.matching.proposals.v1")
                .containsExactlyInAnyOrderElementsOf(statuses.keySet());
        statuses.forEach((id, status) -> assertThat(lastRecord.get(id)).as("last record of proposal %s (%s)", id, status)
                .isEqualTo(status.equals("WITHDRAWN") ? "tahub.matching.match.withdrawn" : "tahub.matching.match.proposed.v2"));
        assertThat(lastRecordRound).as("round of each proposal's last record").isEqualTo(lastRounds);
        Set<String> roundIds = new HashSet<>();
        for (ConsumerRecord<String, String> r : matchingRecords) {
            JsonNode event = JSON.readTree(r.value());
            JsonNode round = event.path("data");
            if (!event.path("type").asText().equals("tahub.matching.round.completed")
                    || !ours.containsKey(round.path("assessmentId").asText())
                    || !roundIds.add(round.path("roundId").asText())) {
                continue;
            }
            String id = round.path("roundId").asText();
            assertThat(recordsPerRound.getOrDefault(id + "/tahub.matching.match.proposed.v2", 0))
                    .as("proposal records of round %s", id)
                    .isLessThanOrEqualTo(round.path("added").asInt() + round.path("changed").asInt());
            assertThat(recordsPerRound.getOrDefault(id + "/tahub.matching.match.withdrawn", 0))
                    .as("withdrawal records of round %s", id).isLessThanOrEqualTo(round.path("withdrawn").asInt());
        }

        // (4) Nothing was dead-lettered: a broker, database or consumer outage is not the event's fault.
        Map<String, Integer> deadLetters = new TreeMap<>();
        List<String> reasons = new ArrayList<>();
        for (String dlq : List.of("tahub.assessments.v1.dlq.matching-service", "tahub.catalogue.v1.dlq.matching-service",
                "tahub.matching.rounds.v1.dlq.matching-service",
                "tahub.catalogue.v1.dlq.assessments-service")) {
            List<ConsumerRecord<String, String>> records = TopicSnapshot.read(stack.kafkaBootstrap(), dlq);
            deadLetters.put(dlq, records.size());
            records.forEach(r -> reasons.add(dlq + " " + deadLetterReason(r)));
        }
        assertThat(deadLetters.values()).as("dead letters %s, why:\n%s", deadLetters, String.join("\n", reasons))
                .allMatch(n -> n == 0);

        int events = submittedEvents.size() + supersededIdsByAssessment.values().stream().mapToInt(Set::size).sum()
                + proposedEventIds.size() + proposalEventIds.size() + roundIds.size();
        assertThat(events).as("distinct events the load caused").isGreaterThanOrEqualTo(1000);

        report(load, faults, loadTook, drained, Map.of(
                "assessment.submitted.v2", submittedEvents.size(),
                "assessment.submitted (v1, deprecated)", firstVersionIdsByAssessment.values().stream().mapToInt(Set::size).sum(),
                "assessment.superseded", supersededIdsByAssessment.values().stream().mapToInt(Set::size).sum(),
                "match.proposed.v2 and match.withdrawn", proposalEventIds.size(),
                "round.completed", roundIds.size(),
                "match.proposed (v1, deprecated)", proposedEventIds.size(),
                "record copies on tahub.assessments.v1", assessmentCopies,
                "record copies on tahub.matching.v1", matchingCopies,
                "needs stored", (int) needsExpected,
                "proposals", proposals.size()), deadLetters);
    }

    /** What the dead-letter strategy recorded with a record: its type, where it came from, and the failure. */
    private static String deadLetterReason(ConsumerRecord<String, String> record) {
        StringBuilder why = new StringBuilder();
        try {
            why.append(JSON.readTree(record.value()).path("type").asText());
        } catch (Exception notJson) {
            why.append("(not JSON)");
        }
        for (String header : List.of("dead-letter-topic", "dead-letter-partition", "dead-letter-offset",
                "dead-letter-exception-class-name", "dead-letter-reason", "dead-letter-cause-class-name",
                "dead-letter-cause")) {
            var value = record.headers().lastHeader(header);
            if (value != null) {
                why.append(' ').append(header).append('=')
                        .append(new String(value.value(), StandardCharsets.UTF_8));
            }
        }
        return why.toString();
    }

    /**
     * For a failed drain: each submission matching has not consumed, followed along its way (the assessments outbox,
     * the topic, the consumer's processed events, the dead-letter topic, the consumer's log lines that name it), so
     * that a rare failure of this test says where the event stopped.
     */
    private static String whereTheyStopped(Set<String> assessments) throws Exception {
        UUID[] all = assessments.stream().map(UUID::fromString).toArray(UUID[]::new);
        Set<String> consumed = groupCount("tahub_matching", "select assessment_id::text, count(*) from need "
                + "where assessment_id = any(?) group by 1", (Object) all).keySet();
        Set<String> missing = new TreeSet<>(assessments);
        missing.removeAll(consumed);
        if (missing.size() > 10) {
            return missing.size() + " submissions not consumed (the first 10 are followed)\n"
                    + whereTheyStopped(missing.stream().limit(10).collect(Collectors.toSet()));
        }
        Map<String, List<String>> onTopic = new HashMap<>();
        for (ConsumerRecord<String, String> r : TopicSnapshot.read(stack.kafkaBootstrap(), "tahub.assessments.v1")) {
            JsonNode event = JSON.readTree(r.value());
            String assessment = event.path("data").path("assessmentId").asText();
            if (missing.contains(assessment)) {
                onTopic.computeIfAbsent(assessment, k -> new ArrayList<>()).add(event.path("type").asText() + " "
                        + event.path("id").asText() + " at " + r.partition() + "/" + r.offset());
            }
        }
        String dlq = TopicSnapshot.read(stack.kafkaBootstrap(), "tahub.assessments.v1.dlq.matching-service").stream()
                .map(r -> r.partition() + "/" + r.offset() + " " + r.value().substring(0, Math.min(200, r.value().length())))
                .collect(Collectors.joining("\n    "));
        StringBuilder out = new StringBuilder("Not consumed by matching-service:\n");
        List<String> log = stack.log("logs/matching-service.log").lines().toList();
        for (String a : missing) {
            out.append("- ").append(a).append(": outbox rows ")
                    .append(count("tahub_assessments", "select count(*) from outbox_event where envelope::text like ?",
                            "%" + a + "%"))
                    .append(", on tahub.assessments.v1 ").append(onTopic.getOrDefault(a, List.of()))
                    .append(", processed by matching ")
                    .append(count("tahub_matching", "select count(*) from processed_event where consumer = "
                            + "'matching-service.assessments' and event_id::text = any(?)",
                            (Object) onTopic.getOrDefault(a, List.of()).stream().map(s -> s.split(" ")[1])
                                    .toArray(String[]::new)))
                    .append('\n');
            onTopic.getOrDefault(a, List.of()).stream().map(s -> s.split(" ")[1]).forEach(id -> log.stream()
                    .filter(l -> l.contains(id) || l.contains(a)).limit(20)
                    .forEach(l -> out.append("    log: ").append(l).append('\n')));
        }
        out.append("dead letters of matching-service:\n    ").append(dlq.isEmpty() ? "none" : dlq);
        return out.toString();
    }

    /** Waits until the load has acknowledged {@code share} of its submissions, then runs the fault and times it. */
    private static Fault whenDone(SubmissionLoad load, CompletableFuture<Void> running, double share, String name,
                                  FaultAction action) throws Exception {
        int threshold = (int) Math.ceil(load.planned() * share);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> load.done() >= threshold || running.isDone());
        if (running.isCompletedExceptionally()) {
            running.join();
        }
        int atStart = load.done();
        long t0 = System.nanoTime();
        LOG.log(System.Logger.Level.INFO, "fault: {0}, at {1} of {2} submissions", name, atStart, load.planned());
        String detail = action.run();
        long outage = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        LOG.log(System.Logger.Level.INFO, "fault: {0} over in {1} ms, at {2} submissions", name, outage, load.done());
        return new Fault(name, atStart, load.done(), outage, detail);
    }

    @FunctionalInterface
    interface FaultAction {
        String run() throws Exception;
    }

    /** up.sh --detach starts again what is not running and waits until every service is ready. */
    private static void restart() throws Exception {
        int exit = stack.run("up.sh", "--detach");
        assertThat(exit).as("up.sh --detach exit code; its output:\n%s", stack.log("up.sh.out")).isZero();
    }

    /** One state key per state taking part, issued by the administrator. */
    private static Map<String, String> stateKeys() {
        List<String> states = given().header("X-API-Key", stack.adminKey).get("/api/v1/states").then().statusCode(200)
                .extract().jsonPath().getList("iso3", String.class);
        assertThat(states).hasSizeGreaterThanOrEqualTo(STATES);
        Map<String, String> keys = new LinkedHashMap<>();
        for (String iso3 : states.subList(0, STATES)) {
            keys.put(iso3, given().header("X-API-Key", stack.adminKey).contentType(ContentType.JSON)
                    .body(Map.of("name", iso3 + " focal point (fault test)", "role", "state", "state", iso3))
                    .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("key"));
        }
        return keys;
    }

    private static long count(String database, String sql, Object... params) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.database(database), "postgres", "");
             PreparedStatement q = c.prepareStatement(sql)) {
            bind(c, q, params);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, Long> groupCount(String database, String sql, Object... params) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection(stack.database(database), "postgres", "");
             PreparedStatement q = c.prepareStatement(sql)) {
            bind(c, q, params);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    private static void bind(Connection c, PreparedStatement q, Object... params) throws Exception {
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof UUID[] uuids) {
                q.setArray(i + 1, c.createArrayOf("uuid", uuids));
            } else if (params[i] instanceof String[] texts) {
                q.setArray(i + 1, c.createArrayOf("text", texts));
            } else {
                q.setObject(i + 1, params[i]);
            }
        }
    }

    private static void report(SubmissionLoad load, List<Fault> faults, Duration loadTook, Duration drained,
                               Map<String, Integer> figures, Map<String, Integer> deadLetters) throws Exception {
        StringBuilder md = new StringBuilder("# Fault test run\n\n");
        md.append("- submissions acknowledged: ").append(load.acknowledged.size()).append(" (")
                .append(load.planned() / PERIODS.size()).append(" states x ").append(PERIODS.size())
                .append(" periods), in ").append(loadTook.toSeconds()).append(" s\n");
        md.append("- HTTP calls made: ").append(load.callsMade.get()).append("; retried because: ")
                .append(load.retriedBecause.isEmpty() ? "nothing" : new TreeMap<>(load.retriedBecause)).append('\n');
        md.append("- consumer caught up ").append(drained.toMillis()).append(" ms after the last submission\n");
        new TreeMap<>(figures).forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        md.append("- dead letters: ").append(deadLetters).append("\n\n");
        md.append("| Fault | Began at submission | Over at submission | Outage to ready (ms) | Detail |\n");
        md.append("| --- | --- | --- | --- | --- |\n");
        for (Fault f : faults) {
            md.append("| ").append(f.name()).append(" | ").append(f.doneAtStart()).append(" | ").append(f.doneAtEnd())
                    .append(" | ").append(f.outageMs()).append(" | ").append(f.detail()).append(" |\n");
        }
        Files.writeString(stack.root.resolve("system-tests/target/fault-report.md"), md);
        LOG.log(System.Logger.Level.INFO, "\n" + md);
    }
}
