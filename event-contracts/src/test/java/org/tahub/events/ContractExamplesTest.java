package org.tahub.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tahub.events.assessments.AssessmentDecisionV1;
import org.tahub.events.assessments.AssessmentSubmittedV1;
import org.tahub.events.assessments.AssessmentSubmittedV2;
import org.tahub.events.assessments.AssessmentSupersededV1;
import org.tahub.events.catalogue.ActivityV1;
import org.tahub.events.catalogue.AreaV1;
import org.tahub.events.catalogue.InstrumentV1;
import org.tahub.events.catalogue.ToolV1;

/**
 * The published examples honour their schemas, and survive a round trip through the payload records unchanged:
 * producer records, schemas and examples cannot drift apart.
 */
class ContractExamplesTest {

    record Example(String file, Class<?> payload) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                new Example("catalogue/area.created.json", AreaV1.class),
                new Example("catalogue/activity.updated.json", ActivityV1.class),
                new Example("catalogue/instrument.created.json", InstrumentV1.class),
                new Example("catalogue/tool.created.json", ToolV1.class),
                new Example("assessments/assessment.submitted.json", AssessmentSubmittedV1.class),
                new Example("assessments/assessment.submitted.v2.json", AssessmentSubmittedV2.class),
                new Example("assessments/assessment.returned.json", AssessmentDecisionV1.class),
                new Example("assessments/assessment.superseded.json", AssessmentSupersededV1.class),
                new Example("matching/match.proposed.json", org.tahub.events.matching.MatchesProposedV1.class),
                new Example("matching/match.proposed.v2.json", org.tahub.events.matching.MatchProposedV2.class),
                new Example("matching/match.withdrawn.json", org.tahub.events.matching.MatchWithdrawnV1.class),
                new Example("matching/round.completed.json", org.tahub.events.matching.RoundCompletedV1.class),
                new Example("matching/round.requested.json", org.tahub.events.matching.RoundRequestedV1.class),
                new Example("matching/match.accepted.json", org.tahub.events.matching.MatchDecisionV1.class),
                new Example("matching/engagement.completed.json", org.tahub.events.matching.EngagementV1.class));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleHonoursItsSchemaAndRoundTrips(Example example) throws IOException {
        String json = read(example.file());
        EventEnvelope event = EventCodec.read(json);
        assertThat(EventSchemas.violations(event)).isEmpty();
        assertThat(event.eventType().dataschema()).isEqualTo(event.dataschema());

        Object payload = EventCodec.data(event, example.payload());
        JsonNode again = EventCodec.mapper().readTree(EventCodec.mapper().writeValueAsString(payload));
        assertThat(again).isEqualTo(event.data());
        assertThat(EventCodec.read(EventCodec.write(event)).data()).isEqualTo(event.data());
    }

    @Test
    void aPayloadThatBreaksItsSchemaIsReportedField() throws IOException {
        String json = read("catalogue/activity.updated.json").replace("\"area\": \"V\"", "\"area\": \"XIV\"")
                .replace("\"specversion\": \"1.0\"", "\"specversion\": \"0.3\"");
        assertThat(EventSchemas.violations(EventCodec.read(json)))
                .anyMatch(v -> v.startsWith("envelope:") && v.contains("specversion"))
                .anyMatch(v -> v.startsWith("data:") && v.contains("area"));
    }

    @Test
    void anUnknownTypeIsAViolation() throws IOException {
        String json = read("catalogue/area.created.json").replace("tahub.catalogue.area.created", "tahub.catalogue.area.exploded");
        assertThat(EventSchemas.violations(EventCodec.read(json))).anyMatch(v -> v.contains("unknown event type"));
    }

    @Test
    void somethingThatIsNotAnEventIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventCodec.read("not json"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
    }

    private static String read(String file) throws IOException {
        try (InputStream in = ContractExamplesTest.class.getResourceAsStream("/examples/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
