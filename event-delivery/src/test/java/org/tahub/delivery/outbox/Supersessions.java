package org.tahub.delivery.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.tahub.events.assessments.AssessmentSupersededV1;

/**
 * Payloads of a real event type, {@code tahub.assessments.assessment.superseded} (on tahub.assessments.v1, keyed by
 * the state), for the tests that publish: each test takes states of its own, so no test reads another's events.
 */
final class Supersessions {

    private Supersessions() {
    }

    /** A state code (three capital letters) this JVM has not handed out before. */
    static String newState() {
        synchronized (TAKEN) {
            while (true) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                String state = "" + letter(random) + letter(random) + letter(random);
                if (TAKEN.add(state)) {
                    return state;
                }
            }
        }
    }

    static List<String> newStates(int count) {
        return IntStream.range(0, count).mapToObj(i -> newState()).toList();
    }

    /** The state's 2024 assessment, revision {@code revision}, superseded by its 2025 one. */
    static AssessmentSupersededV1 superseded(String state, int revision) {
        return new AssessmentSupersededV1(UUID.randomUUID().toString(), state, 2024, revision,
                UUID.randomUUID().toString(), 2025, 1, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }

    static String subject(AssessmentSupersededV1 payload) {
        return "assessments/" + payload.assessmentId();
    }

    private static final Set<String> TAKEN = new HashSet<>();

    private static char letter(ThreadLocalRandom random) {
        return (char) ('A' + random.nextInt(26));
    }
}
