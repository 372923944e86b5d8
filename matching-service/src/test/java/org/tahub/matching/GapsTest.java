package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.assessments.StateProfileV1;

/**
 * A need is in a gap until it reaches the gap's stage: with no proposal standing (never proposed, or every proposal
 * declined), with none accepted, with no engagement agreed (the default: what a donor funds), with nothing delivered.
 */
@QuarkusTest
class GapsTest {

    private static final StateProfileV1 BARBADOS = new StateProfileV1("BRB", "BB", "Barbados", "019", "419", List.of("en"),
            "common-law", List.of("UN", "OAS", "COMMONWEALTH"));
    private static final StateProfileV1 GRENADA = new StateProfileV1("GRD", "GD", "Grenada", "019", "419", List.of("en"),
            "common-law", List.of("UN", "OAS", "COMMONWEALTH"));

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void aNeedWhoseEveryProposalIsDeclinedBecomesAGap() {
        String assessment = Submissions.submit(GRENADA, "PUBLIC", List.of(
                Submissions.activity("IX.2", "HIGH", "Counselling and compensation for victims of terrorism.")), List.of());
        JsonPath proposals = await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst()
                .queryParam("assessment", assessment).get("/api/v1/matches").then().extract().jsonPath(),
                j -> j.getInt("total") > 0);
        assertThat(gapNeeds("no-proposal")).doesNotContain(assessment + "/activity:IX.2");

        List<Map<String, Object>> items = proposals.getList("items");
        for (Map<String, Object> p : items) {
            Callers.provider((String) p.get("providerId")).body(Map.of("reason", "Not this year."))
                    .post("/api/v1/matches/" + p.get("id") + "/decline").then().statusCode(200);
        }
        JsonPath gaps = Callers.analyst().queryParam("gap", "no-proposal").queryParam("area", "IX").get("/api/v1/gaps")
                .then().statusCode(200).extract().jsonPath();
        assertThat(gapNeeds("no-proposal")).contains(assessment + "/activity:IX.2");
        assertThat(gaps.getLong("byArea.find { it.key == 'IX' }.uncovered")).isPositive();
        assertThat(gaps.getLong("byRegion.find { it.key == '019' }.uncovered")).isPositive();
        assertThat(gaps.getList("gaps.priority", String.class).get(0)).isEqualTo("HIGH");
        String csv = Callers.analyst().accept("text/csv").queryParam("gap", "no-proposal").queryParam("area", "IX")
                .queryParam("limit", "1000").get("/api/v1/gaps").then().statusCode(200).contentType("text/csv")
                .header("X-Total-Count", String.valueOf(gaps.getLong("uncovered"))).extract().asString();
        assertThat(csv.lines().findFirst()).hasValue("state,state_name,region,assessment_id,need_id,activities,areas,"
                + "priority,stage,text");
        assertThat(csv.lines()).anyMatch(l -> l.startsWith("GRD,Grenada,019," + assessment + ",activity:IX.2,IX.2,IX,"
                + "HIGH,NO_PROPOSAL,"));
        Callers.analyst().queryParam("priority", "URGENT").get("/api/v1/gaps").then().statusCode(400);
        Callers.analyst().accept("text/csv").queryParam("priority", "URGENT").get("/api/v1/gaps").then()
                .statusCode(400).contentType("application/problem+json");
        Callers.analyst().queryParam("gap", "uncovered").get("/api/v1/gaps").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aNeedStaysAGapUntilAnEngagementIsAgreedAndLeavesEachGapAsItGoesOn() {
        String assessment = Submissions.submit(BARBADOS, "PUBLIC", List.of(
                Submissions.activity("V.4", "HIGH", "Training of the financial intelligence unit in the analysis of "
                        + "suspicious transaction reports.")), List.of());
        String need = assessment + "/activity:V.4";
        JsonPath proposals = await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst()
                .queryParam("assessment", assessment).get("/api/v1/matches").then().extract().jsonPath(),
                j -> j.getInt("total") > 0);
        String match = proposals.getString("items[0].id");
        String provider = proposals.getString("items[0].providerId");

        // Proposed: covered as far as proposals go, still the gap a donor looks at.
        assertThat(stageOf(need)).isEqualTo("PROPOSED");
        assertThat(gapNeeds("no-proposal")).doesNotContain(need);
        assertThat(gapNeeds("no-accepted-proposal")).contains(need);
        assertThat(gapNeeds("no-agreed-engagement")).contains(need);

        Callers.provider(provider).post("/api/v1/matches/" + match + "/accept").then().statusCode(200);
        assertThat(stageOf(need)).isEqualTo("ACCEPTED");
        assertThat(gapNeeds("no-accepted-proposal")).doesNotContain(need);
        assertThat(gapNeeds("no-agreed-engagement")).contains(need);

        Callers.state("BRB").post("/api/v1/matches/" + match + "/agree").then().statusCode(200);
        assertThat(stageOf(need)).isEqualTo("AGREED");
        assertThat(gapNeeds("no-agreed-engagement")).doesNotContain(need);
        assertThat(gapNeeds("no-delivery")).contains(need);

        String engagement = Callers.state("BRB").queryParam("state", "BRB").get("/api/v1/engagements").then()
                .statusCode(200).extract().path("[0].id");
        Callers.provider(provider).post("/api/v1/engagements/" + engagement + "/start").then().statusCode(200);
        assertThat(gapNeeds("no-delivery")).doesNotContain(need);
        Callers.provider(provider).body(Map.of("outcome", "Twelve analysts trained.")).post("/api/v1/engagements/"
                + engagement + "/complete").then().statusCode(200);
        JsonPath all = Callers.analyst().queryParam("gap", "no-delivery").queryParam("limit", "0").get("/api/v1/gaps")
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getString("gap")).isEqualTo("no-delivery");
        assertThat(all.getList("byStage.needs", Long.class).stream().mapToLong(Long::longValue).sum())
                .as("every need stands at one stage").isEqualTo(all.getLong("needs"));
        assertThat(all.getLong("byStage.find { it.stage == 'DELIVERED' }.needs")).isPositive();
        assertThat(all.getLong("uncovered")).isEqualTo(all.getLong("byStage.find { it.stage == 'NO_PROPOSAL' }.needs")
                + all.getLong("byStage.find { it.stage == 'PROPOSED' }.needs")
                + all.getLong("byStage.find { it.stage == 'ACCEPTED' }.needs")
                + all.getLong("byStage.find { it.stage == 'AGREED' }.needs"));
    }

    /** The stage a need stands at, read from the widest gap (no-delivery); null once it is past it. */
    private static String stageOf(String need) {
        JsonPath j = Callers.analyst().queryParam("gap", "no-delivery").queryParam("limit", "1000").get("/api/v1/gaps")
                .then().statusCode(200).extract().jsonPath();
        List<String> assessments = j.getList("gaps.assessmentId", String.class);
        List<String> needs = j.getList("gaps.needId", String.class);
        for (int i = 0; i < needs.size(); i++) {
            if ((assessments.get(i) + "/" + needs.get(i)).equals(need)) {
                return j.getString("gaps[" + i + "].stage");
            }
        }
        return null;
    }

    private static List<String> gapNeeds(String gap) {
        JsonPath j = Callers.analyst().queryParam("gap", gap).queryParam("limit", "1000").get("/api/v1/gaps").then()
                .statusCode(200).extract().jsonPath();
        List<String> assessments = j.getList("gaps.assessmentId", String.class);
        List<String> needs = j.getList("gaps.needId", String.class);
        return java.util.stream.IntStream.range(0, needs.size()).mapToObj(i -> assessments.get(i) + "/" + needs.get(i)).toList();
    }
}
