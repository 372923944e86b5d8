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

/** A need is a gap when no proposal for it stands: never proposed, or every proposal declined. */
@QuarkusTest
class GapsTest {

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
        assertThat(gapNeeds()).doesNotContain(assessment + "/activity:IX.2");

        List<Map<String, Object>> items = proposals.getList("items");
        for (Map<String, Object> p : items) {
            Callers.provider((String) p.get("providerId")).body(Map.of("reason", "Not this year."))
                    .post("/api/v1/matches/" + p.get("id") + "/decline").then().statusCode(200);
        }
        JsonPath gaps = Callers.analyst().queryParam("area", "IX").get("/api/v1/gaps").then().statusCode(200).extract().jsonPath();
        assertThat(gapNeeds()).contains(assessment + "/activity:IX.2");
        assertThat(gaps.getLong("byArea.find { it.key == 'IX' }.uncovered")).isPositive();
        assertThat(gaps.getLong("byRegion.find { it.key == '019' }.uncovered")).isPositive();
        assertThat(gaps.getList("gaps.priority", String.class).get(0)).isEqualTo("HIGH");
        Callers.analyst().queryParam("priority", "URGENT").get("/api/v1/gaps").then().statusCode(400);
    }

    private static List<String> gapNeeds() {
        JsonPath j = Callers.analyst().queryParam("limit", "1000").get("/api/v1/gaps").then().statusCode(200).extract().jsonPath();
        List<String> assessments = j.getList("gaps.assessmentId", String.class);
        List<String> needs = j.getList("gaps.needId", String.class);
        return java.util.stream.IntStream.range(0, needs.size()).mapToObj(i -> assessments.get(i) + "/" + needs.get(i)).toList();
    }
}
