package org.tahub.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tahub.events.matching.MatchesProposedV1;

/** The two ways of writing an envelope give the same event: a consumer cannot tell which one a producer used. */
class EventCodecTest {

    @Test
    void anEnvelopeWrittenFromItsPayloadsRecordIsTheOneWrittenFromItsTree() {
        MatchesProposedV1 payload = new MatchesProposedV1("2f0c1c5e-0a4e-4c53-9a55-7b0e3d1b6f10", "SEN", "rematch",
                OffsetDateTime.of(2026, 12, 3, 9, 30, 0, 125_000_000, ZoneOffset.UTC),
                List.of(new MatchesProposedV1.ProposalV1("7d4f8f7e-2a7b-4a3e-8a53-3b3c1d2e9f01", "activity:V.4",
                        "unodc-gpml-mentoring", "unodc", 1, 0.8125, List.of(new MatchesProposedV1.ComponentV1(
                        "activity", 1.0, 0.35, "the offer names V.4, the need's activity")), null)));
        EventType type = EventType.MATCH_PROPOSED;
        EventEnvelope attributes = new EventEnvelope(EventEnvelope.SPEC_VERSION, "b1e0c7a2-0d63-4f57-9d7c-0f1f2e3d4c5b",
                "/tahub/matching", type.type(), "assessments/2f0c1c5e-0a4e-4c53-9a55-7b0e3d1b6f10/matches",
                OffsetDateTime.of(2026, 12, 3, 9, 30, 1, 0, ZoneOffset.UTC), EventEnvelope.DATA_CONTENT_TYPE,
                type.dataschema(), null);
        EventEnvelope whole = new EventEnvelope(attributes.specversion(), attributes.id(), attributes.source(),
                attributes.type(), attributes.subject(), attributes.time(), attributes.datacontenttype(),
                attributes.dataschema(), EventCodec.toData(payload));

        String written = EventCodec.write(attributes, payload);

        assertThat(written).isEqualTo(EventCodec.write(whole));
        assertThat(EventSchemas.violations(EventCodec.read(written))).isEmpty();
        assertThat(EventCodec.data(EventCodec.read(written), MatchesProposedV1.class)).isEqualTo(payload);
    }
}
