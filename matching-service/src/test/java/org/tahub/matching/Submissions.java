package org.tahub.matching;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventType;
import org.tahub.events.assessments.ActivityStatusV1;
import org.tahub.events.assessments.AssessmentSubmittedV2;
import org.tahub.events.assessments.NeedV2;
import org.tahub.events.assessments.RatificationV1;
import org.tahub.events.assessments.StateProfileV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicWriter;

/**
 * Submits assessments as assessments-service does: on the real broker, an assessment.submitted.v2 event followed by
 * the same submission in the deprecated first version.
 */
public final class Submissions {

    public static final StateProfileV1 KENYA = new StateProfileV1("KEN", "KE", "Kenya", "002", "202", List.of("en"), "mixed",
            List.of("UN", "AU", "COMMONWEALTH"));
    public static final StateProfileV1 GHANA = new StateProfileV1("GHA", "GH", "Ghana", "002", "202", List.of("en"),
            "common-law", List.of("UN", "AU", "COMMONWEALTH"));
    public static final StateProfileV1 SENEGAL = new StateProfileV1("SEN", "SN", "Senegal", "002", "202", List.of("fr"),
            "civil-law", List.of("UN", "AU", "OIC"));

    private Submissions() {
    }

    public static NeedV2 activity(String code, String priority, String text) {
        return new NeedV2("activity:" + code, "activity", List.of(code), List.of(code.split("\\.")[0]), priority,
                "NOT_IMPLEMENTED", text, text == null ? null : "en", text == null ? null : true);
    }

    public static NeedV2 statement(int n, String text) {
        return new NeedV2("statement:" + n, "statement", List.of(), List.of(), null, null, text, null, null);
    }

    /** A statement in the language the state said it is written in. */
    public static NeedV2 statement(int n, String text, String language) {
        return new NeedV2("statement:" + n, "statement", List.of(), List.of(), null, null, text, language, false);
    }

    /** Sends the event and returns the assessment's id. */
    public static String submit(StateProfileV1 state, String visibility, List<NeedV2> needs,
                                List<RatificationV1> ratifications) {
        return submit(state, 2026, visibility, needs, ratifications, needs.stream()
                .filter(n -> "activity".equals(n.kind()))
                .map(n -> new ActivityStatusV1(n.activities().get(0), n.implementation())).toList());
    }

    /** The same, for a given period and with the statuses of every activity answered. */
    public static String submit(StateProfileV1 state, int period, String visibility, List<NeedV2> needs,
                                List<RatificationV1> ratifications, List<ActivityStatusV1> statuses) {
        return submit(UUID.randomUUID().toString(), List.of(), state, period, visibility, needs, ratifications, statuses);
    }

    /** The same, for a given assessment id and the ids it supersedes. */
    public static String submit(String id, List<String> supersedes, StateProfileV1 state, int period, String visibility,
                                List<NeedV2> needs, List<RatificationV1> ratifications, List<ActivityStatusV1> statuses) {
        return submit(new AssessmentSubmittedV2(id, state.iso3(), period, 1, visibility, "self-assessment",
                OffsetDateTime.now(ZoneOffset.UTC), supersedes, state, needs, ratifications, statuses));
    }

    /** Sends a submission as given (its origin, its submission time), in both versions; returns its id. */
    public static String submit(AssessmentSubmittedV2 payload) {
        String id = payload.assessmentId();
        try (TopicWriter kafka = new TopicWriter(KafkaTestResource.shared().bootstrapServers())) {
            kafka.send("tahub.assessments.v1", payload.state(), EventCodec.write(event(EventType.ASSESSMENT_SUBMITTED_V2, id, payload)));
            kafka.send("tahub.assessments.v1", payload.state(), EventCodec.write(event(EventType.ASSESSMENT_SUBMITTED, id, payload.toV1())));
        }
        return id;
    }

    /** As published before the second version existed: the first version alone. */
    public static String submitFirstVersionOnly(StateProfileV1 state, List<NeedV2> needs) {
        String id = UUID.randomUUID().toString();
        AssessmentSubmittedV2 payload = new AssessmentSubmittedV2(id, state.iso3(), 2026, 1, "PROVIDERS",
                "self-assessment", OffsetDateTime.now(ZoneOffset.UTC), List.of(), state, needs, List.of(), List.of());
        try (TopicWriter kafka = new TopicWriter(KafkaTestResource.shared().bootstrapServers())) {
            kafka.send("tahub.assessments.v1", state.iso3(), EventCodec.write(event(EventType.ASSESSMENT_SUBMITTED, id, payload.toV1())));
        }
        return id;
    }

    private static EventEnvelope event(EventType type, String id, Object payload) {
        return new EventEnvelope("1.0", UUID.randomUUID().toString(), "/tahub/assessments-service", type.type(),
                "assessments/" + id, OffsetDateTime.now(ZoneOffset.UTC), "application/json", type.dataschema(),
                EventCodec.toData(payload));
    }
}
