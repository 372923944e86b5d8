package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.assessments.StateProfileV1;

/**
 * {@code GET /api/v1/matches/counts}: the proposals the list shows, counted by the month they were made and their
 * status now, withdrawn and declined ones included, under the list's rules.
 */
@QuarkusTest
class MatchCountsTest {

    private static final StateProfileV1 DOMINICA = new StateProfileV1("DMA", "DM", "Dominica", "019", "419",
            List.of("en"), "common-law", List.of("UN", "OAS", "COMMONWEALTH"));

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void proposalsAreCountedByMonthAndStatusAsTheListShowsThem() {
        String assessment = Submissions.submit(DOMINICA, "PUBLIC", List.of(
                Submissions.activity("IX.2", "HIGH", "Counselling and compensation for victims of terrorism.")), List.of());
        JsonPath proposals = await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst()
                .queryParam("assessment", assessment).get("/api/v1/matches").then().extract().jsonPath(),
                j -> j.getInt("total") > 0);
        Map<String, Object> first = proposals.getMap("items[0]");
        Callers.provider((String) first.get("providerId")).body(Map.of("reason", "Not this year."))
                .post("/api/v1/matches/" + first.get("id") + "/decline").then().statusCode(200);

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        JsonPath counts = Callers.analyst().queryParam("state", "DMA").get("/api/v1/matches/counts").then()
                .statusCode(200).extract().jsonPath();
        long listed = Callers.analyst().queryParam("state", "DMA").queryParam("size", "1").get("/api/v1/matches")
                .then().statusCode(200).extract().jsonPath().getLong("total");
        long declined = counts.getLong("byMonth.find { it.month == '" + month + "' && it.status == 'DECLINED' }"
                + ".proposals");
        assertThat(declined).isEqualTo(1);
        long withdrawn = Callers.analyst().queryParam("state", "DMA").queryParam("status", "WITHDRAWN")
                .queryParam("size", "1").get("/api/v1/matches").then().statusCode(200).extract().jsonPath()
                .getLong("total");
        assertThat(counts.getLong("total")).as("the list's proposals, and the withdrawn ones").isEqualTo(listed
                + withdrawn);
        assertThat(counts.getList("byMonth.month", String.class)).allMatch(m -> m.matches("\\d{4}-\\d{2}"));

        // The list's rules: the state sees its own; another state sees none of them; a provider its offers' only.
        assertThat(Callers.state("DMA").get("/api/v1/matches/counts").then().statusCode(200).extract().jsonPath()
                .getLong("total")).isEqualTo(counts.getLong("total"));
        assertThat(Callers.state("GRD").queryParam("state", "DMA").get("/api/v1/matches/counts").then().statusCode(200)
                .extract().jsonPath().getLong("total")).isZero();
        String provider = (String) first.get("providerId");
        long providers = Callers.provider(provider).queryParam("state", "DMA").get("/api/v1/matches/counts").then()
                .statusCode(200).extract().jsonPath().getLong("total");
        assertThat(providers).isPositive().isLessThanOrEqualTo(counts.getLong("total"));
        Callers.analyst().queryParam("status", "PROPOSED").get("/api/v1/matches/counts").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
