package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tahub.assessments.reference.StatesFile;
import org.tahub.events.EventCodec;
import org.tahub.events.EventEnvelope;
import org.tahub.events.EventSchemas;
import org.tahub.events.EventType;
import org.tahub.events.assessments.AssessmentSubmittedV2;
import org.tahub.events.assessments.StateProfileV1;

/**
 * Every state of the registry (reference/states.json) fits the bounds that assessment.submitted puts on its profile
 * (the length of its name, how many bodies it belongs to...): the registry is only ever loaded from that file, so a
 * state that did not fit would be found only when it first submits, with an event the service refuses to publish.
 */
class StatesFitTheirEventsTest {

    @Test
    void everyStateOfTheRegistryFitsTheProfileOfASubmission() throws IOException {
        StatesFile file;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/states.json")) {
            file = new ObjectMapper().readValue(in, StatesFile.class);
        }
        assertThat(file.states()).hasSizeGreaterThan(190);
        for (StatesFile.StateRecord s : file.states()) {
            StateProfileV1 profile = new StateProfileV1(s.iso3(), s.iso2(), s.name(), s.region().code(),
                    s.subRegion() == null ? null : s.subRegion().code(), listOf(s.unLanguages()), s.legalTradition(),
                    listOf(s.memberships()));
            AssessmentSubmittedV2 submitted = new AssessmentSubmittedV2(UUID.randomUUID().toString(), s.iso3(), 2026,
                    1, "PUBLIC", "self-assessment", OffsetDateTime.now(ZoneOffset.UTC), List.of(), profile,
                    List.of(), List.of(), List.of());
            for (EventType type : List.of(EventType.ASSESSMENT_SUBMITTED_V2, EventType.ASSESSMENT_SUBMITTED)) {
                Object payload = type == EventType.ASSESSMENT_SUBMITTED ? submitted.toV1() : submitted;
                EventEnvelope event = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(),
                        "/tahub/assessments-service", type.type(), "assessments/" + submitted.assessmentId(),
                        submitted.submittedAt(), EventEnvelope.DATA_CONTENT_TYPE, type.dataschema(),
                        EventCodec.toData(payload));
                assertThat(EventSchemas.violations(event)).as("%s in %s", s.iso3(), type.type()).isEmpty();
            }
        }
    }

    private static List<String> listOf(List<String> values) {
        return values == null ? List.of() : values;
    }
}
