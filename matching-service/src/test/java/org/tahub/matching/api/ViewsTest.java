package org.tahub.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tahub.events.EventCodec;
import org.tahub.matching.domain.MatchProposal;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.domain.Need;
import org.tahub.matching.engine.Proposal;
import org.tahub.matching.service.MatchQueries;

/** How a resource answers what a query returns: a proposal as stored, and a need with its proposals. */
class ViewsTest {

    @Test
    void aProposalIsAnsweredWithTheComponentsTheRoundStored() throws Exception {
        MatchProposal p = proposal();

        MatchView view = MatchView.of(p);

        assertThat(view.id()).isEqualTo(p.id);
        assertThat(view.status()).isEqualTo("ACCEPTED");
        assertThat(view.components()).containsExactly(
                new MatchView.Component("activity", 1.0, 0.3, "covers V.4, the activity of the need"),
                new MatchView.Component("cost", 0.5, 0.1, "no indicative cost given"));
        assertThat(view.decidedBy()).isEqualTo("unodc-tpb");
    }

    @Test
    void aNeedIsAnsweredWithItsClassificationAsJsonAndItsProposalsAsViews() {
        Need n = new Need();
        n.key = new Need.Key(UUID.randomUUID(), "statement:1:2");
        n.kind = "statement";
        n.activities = List.of("V.4");
        n.areas = List.of("V");
        n.text = "Software for the financial intelligence unit";
        n.classification = "{\"areas\":[{\"code\":\"V\",\"score\":0.81}]}";
        n.statementId = "statement:1";
        n.spanStart = 0;
        n.spanEnd = 44;

        NeedMatchesView view = NeedMatchesView.of(new MatchQueries.NeedMatches(n, List.of(proposal()), List.of(), List.of()));

        assertThat(view.needId()).isEqualTo("statement:1:2");
        assertThat(view.classification().path("areas").get(0).path("code").asText()).isEqualTo("V");
        assertThat(view.statement()).isEqualTo("statement:1");
        assertThat(view.spanEnd()).isEqualTo(44);
        assertThat(view.proposals()).extracting(MatchView::offerId).containsExactly("unodc-tpb-legislative-assistance");
    }

    @Test
    void aChecklistNeedHasNoClassification() {
        Need n = new Need();
        n.key = new Need.Key(UUID.randomUUID(), "activity:V.4");
        n.kind = "activity";

        assertThat(NeedMatchesView.of(new MatchQueries.NeedMatches(n, List.of(), List.of(), List.of())).classification())
                .isNull();
    }

    private static MatchProposal proposal() {
        MatchProposal p = new MatchProposal();
        p.id = UUID.randomUUID();
        p.assessmentId = UUID.randomUUID();
        p.needId = "activity:V.4";
        p.state = "KEN";
        p.offerId = "unodc-tpb-legislative-assistance";
        p.providerId = "unodc-tpb";
        p.rank = 1;
        p.score = 0.71;
        try {
            p.components = EventCodec.mapper().writeValueAsString(List.of(
                    new Proposal.Component("activity", 1.0, 0.3, "covers V.4, the activity of the need"),
                    new Proposal.Component("cost", 0.5, 0.1, "no indicative cost given")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
        p.explanation = "covers V.4, the activity of the need";
        p.status = MatchStatus.ACCEPTED;
        p.createdAt = OffsetDateTime.parse("2026-11-02T10:00:00Z");
        p.updatedAt = p.createdAt;
        p.decidedBy = "unodc-tpb";
        return p;
    }
}
