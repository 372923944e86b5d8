package org.tahub.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahub.events.assessments.AssessmentEventHandler;
import org.tahub.events.assessments.AssessmentSubmittedV1;
import org.tahub.events.assessments.AssessmentSubmittedV2;

/**
 * How a type gets a new version: named for it, published by the same service (on the same topic, or on a new one
 * when the new version changes what a record is, as match.proposed.v2 does), and the old one announced with a sunset.
 */
class EventVersionsTest {

    @Test
    void aDeprecatedTypeNamesItsSuccessorFromTheSameServiceAndTheDayItStops() {
        List<EventType> deprecated = java.util.Arrays.stream(EventType.values()).filter(EventType::deprecated).toList();
        assertThat(deprecated).contains(EventType.ASSESSMENT_SUBMITTED, EventType.MATCH_PROPOSED);
        for (EventType old : deprecated) {
            EventType next = old.successor();
            assertThat(next.deprecated()).as(next + " is current").isFalse();
            assertThat(next.topic().owner()).isEqualTo(old.topic().owner());
            assertThat(next.type()).isEqualTo(old.type() + ".v2");
            assertThat(next.schema()).endsWith(".v2");
            assertThat(old.sunset()).isNotNull();
        }
        assertThat(EventType.ASSESSMENT_SUBMITTED_V2.successor()).isNull();
        assertThat(EventType.ASSESSMENT_SUBMITTED_V2.sunset()).isNull();
        assertThat(EventType.ASSESSMENT_SUBMITTED_V2.topic()).isEqualTo(EventType.ASSESSMENT_SUBMITTED.topic());
        // One record per proposal, keyed by its id: the latest record of each key is the proposal as it stands.
        assertThat(EventType.MATCH_PROPOSED_V2.topic()).isEqualTo(Topic.PROPOSALS);
        assertThat(Topic.PROPOSALS.compacted()).isTrue();
    }

    @Test
    void aConsumerOfTheSecondVersionGetsItAndIsNotCalledForTheFirst() throws IOException {
        List<String> seen = new ArrayList<>();
        AssessmentEventHandler v2Only = new AssessmentEventHandler() {
            @Override
            public void submittedV2(AssessmentSubmittedV2 s, EventEnvelope e) {
                seen.add(s.needs().get(1).language() + "/" + s.needs().get(1).languageDetected());
            }
        };
        AssessmentEventHandler.dispatch(read("assessments/assessment.submitted.v2.json"), v2Only);
        AssessmentEventHandler.dispatch(read("assessments/assessment.submitted.json"), v2Only);
        assertThat(seen).containsExactly("fr/false");
    }

    @Test
    void aConsumerOfTheFirstVersionKeepsWorkingAndIgnoresTheSecond() throws IOException {
        List<String> seen = new ArrayList<>();
        AssessmentEventHandler v1Only = new AssessmentEventHandler() {
            @Override
            public void submitted(AssessmentSubmittedV1 s, EventEnvelope e) {
                seen.add(s.assessmentId());
            }
        };
        AssessmentEventHandler.dispatch(read("assessments/assessment.submitted.v2.json"), v1Only);
        AssessmentEventHandler.dispatch(read("assessments/assessment.submitted.json"), v1Only);
        assertThat(seen).containsExactly("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    }

    @Test
    void theFirstVersionOfASubmissionIsTheSecondWithoutItsLanguagesAndBack() throws IOException {
        AssessmentSubmittedV2 v2 = EventCodec.data(read("assessments/assessment.submitted.v2.json"),
                AssessmentSubmittedV2.class);
        AssessmentSubmittedV1 v1 = v2.toV1();
        assertThat(v1.needs()).extracting(n -> n.text()).isEqualTo(v2.needs().stream().map(n -> n.text()).toList());
        EventEnvelope asV1 = new EventEnvelope(EventEnvelope.SPEC_VERSION, "6f1c7a42-0e7b-4c1f-8f3e-2a9b6c4d7e22",
                "/tahub/assessments-service", EventType.ASSESSMENT_SUBMITTED.type(), "assessments/" + v1.assessmentId(),
                v1.submittedAt(), EventEnvelope.DATA_CONTENT_TYPE, EventType.ASSESSMENT_SUBMITTED.dataschema(),
                EventCodec.toData(v1));
        assertThat(EventSchemas.violations(asV1)).isEmpty();
        AssessmentSubmittedV2 back = AssessmentSubmittedV2.of(v1);
        assertThat(back.needs()).allSatisfy(n -> assertThat(n.language()).isNull());
        assertThat(back.needs()).extracting(n -> n.id()).isEqualTo(v2.needs().stream().map(n -> n.id()).toList());
    }

    @Test
    void aCatalogueConsumerIsCalledForTheTypesItKnowsOnlyNotForANewerVersionOfOne() throws IOException {
        List<String> seen = new ArrayList<>();
        org.tahub.events.catalogue.CatalogueEventHandler activities = new org.tahub.events.catalogue.CatalogueEventHandler() {
            @Override
            public void activity(org.tahub.events.catalogue.ActivityV1 a, EventEnvelope e) {
                seen.add(e.type());
            }
        };
        EventEnvelope updated = read("catalogue/activity.updated.json");
        org.tahub.events.catalogue.CatalogueEventHandler.dispatch(updated, activities);
        EventEnvelope newer = new EventEnvelope(updated.specversion(), updated.id(), updated.source(),
                updated.type() + ".v2", updated.subject(), updated.time(), updated.datacontenttype(),
                updated.dataschema(), updated.data());
        org.tahub.events.catalogue.CatalogueEventHandler.dispatch(newer, activities);
        org.tahub.events.catalogue.CatalogueEventHandler.dispatch(read("catalogue/area.created.json"), activities);
        assertThat(seen).containsExactly("tahub.catalogue.activity.updated");
    }

    private static EventEnvelope read(String example) throws IOException {
        try (InputStream in = EventVersionsTest.class.getResourceAsStream("/examples/" + example)) {
            return EventCodec.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
