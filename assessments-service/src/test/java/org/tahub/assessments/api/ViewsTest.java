package org.tahub.assessments.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.domain.AssessmentStatus;
import org.tahub.assessments.domain.Need;
import org.tahub.assessments.domain.Priority;
import org.tahub.assessments.domain.Ratification;
import org.tahub.assessments.domain.RatificationStatus;
import org.tahub.assessments.domain.State;
import org.tahub.assessments.domain.Visibility;
import org.tahub.assessments.service.NeedsQuery;
import org.tahub.assessments.service.RatificationsQuery;

/** How a resource answers what a query returns: a need in its context, a state's reported standings. */
class ViewsTest {

    @Test
    void aNeedIsAnsweredWithItsStatesNameAndRegionAndItsVersionsPeriodAndStatus() {
        NeedView view = NeedView.of(new NeedsQuery.StatedNeed(need("fr", true), version(), kenya()));

        assertThat(view.id()).isEqualTo("statement:1");
        assertThat(view.stateName()).isEqualTo("Kenya");
        assertThat(view.regionCode()).isEqualTo("002");
        assertThat(view.subregionCode()).isEqualTo("202");
        assertThat(view.period()).isEqualTo(2026);
        assertThat(view.assessmentStatus()).isEqualTo("SUBMITTED");
        assertThat(view.visibility()).isEqualTo("PROVIDERS");
        assertThat(view.priority()).isEqualTo("HIGH");
        assertThat(view.implementation()).isNull();
        assertThat(view.language()).isEqualTo("fr");
        assertThat(view.languageDetected()).isTrue();
    }

    @Test
    void aNeedWithoutALanguageSaysNeitherGivenNorDetected() {
        NeedView view = NeedView.of(new NeedsQuery.StatedNeed(need(null, false), version(), kenya()));

        assertThat(view.language()).isNull();
        assertThat(view.languageDetected()).isNull();
    }

    @Test
    void aStatesStandingsAreAnsweredFromItsVersion() {
        Assessment a = version();
        Ratification party = new Ratification("terrorist-financing-convention-1999", RatificationStatus.PARTY,
                LocalDate.of(2001, 12, 4), LocalDate.of(2003, 6, 27));

        StateRatificationsView view = StateRatificationsView.of(
                new RatificationsQuery.ReportedStandings(a, "Kenya", List.of(party)));

        assertThat(view.state()).isEqualTo("KEN");
        assertThat(view.assessmentId()).isEqualTo(a.id);
        assertThat(view.standings()).containsExactly(new StateRatificationsView.Standing(
                "terrorist-financing-convention-1999", "PARTY", LocalDate.of(2001, 12, 4), LocalDate.of(2003, 6, 27)));
    }

    private static Need need(String language, boolean detected) {
        Need n = new Need();
        n.assessmentId = UUID.randomUUID();
        n.needId = "statement:1";
        n.state = "KEN";
        n.kind = "statement";
        n.priority = Priority.HIGH;
        n.text = "Former des analystes";
        n.language = language;
        n.languageDetected = detected;
        return n;
    }

    private static Assessment version() {
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.state = "KEN";
        a.period = 2026;
        a.status = AssessmentStatus.SUBMITTED;
        a.visibility = Visibility.PROVIDERS;
        return a;
    }

    private static State kenya() {
        State s = new State();
        s.name = "Kenya";
        s.regionCode = "002";
        s.subRegionCode = "202";
        return s;
    }
}
