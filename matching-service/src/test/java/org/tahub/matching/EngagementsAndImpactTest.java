package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.events.EventCodec;
import org.tahub.events.EventSchemas;
import org.tahub.events.assessments.ActivityStatusV1;
import org.tahub.events.assessments.NeedV2;
import org.tahub.events.assessments.StateProfileV1;
import org.tahub.infrastructure.testing.KafkaTestResource;
import org.tahub.infrastructure.testing.TopicReader;

/**
 * An agreed proposal becomes an engagement: the provider starts and completes it (events on the broker), the state
 * evaluates it; the state's next assessment measures its impact; donors get it as IATI 2.03.
 */
@QuarkusTest
class EngagementsAndImpactTest {

    private static final StateProfileV1 TANZANIA = new StateProfileV1("TZA", "TZ", "United Republic of Tanzania", "002",
            "202", List.of("en"), "mixed", List.of("UN", "AU", "COMMONWEALTH"));

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void anEngagementIsDeliveredEvaluatedMeasuredAndPublishedAsIati() {
        NeedV2 fiu = new NeedV2("activity:V.4", "activity", List.of("V.4"), List.of("V"), "HIGH", "PARTIALLY_IMPLEMENTED",
                "The financial intelligence unit has no trained analysts.", "en", true);
        String first = Submissions.submit(TANZANIA, 2025, "PROVIDERS", List.of(fiu), List.of(),
                List.of(new ActivityStatusV1("V.4", "PARTIALLY_IMPLEMENTED")));
        JsonPath proposals = await().atMost(Duration.ofSeconds(60)).until(() -> Callers.analyst()
                .queryParam("assessment", first).get("/api/v1/matches").then().extract().jsonPath(), j -> j.getInt("total") > 0);
        String match = proposals.getString("items[0].id");
        String provider = proposals.getString("items[0].providerId");
        Callers.provider(provider).post("/api/v1/matches/" + match + "/accept").then().statusCode(200);
        Callers.state("TZA").post("/api/v1/matches/" + match + "/agree").then().statusCode(200);

        String engagement = Callers.state("TZA").queryParam("state", "TZA").get("/api/v1/engagements").then().statusCode(200)
                .body("[0].status", equalTo("AGREED"), "[0].baselineStatus", equalTo("PARTIALLY_IMPLEMENTED"),
                        "[0].providerId", equalTo(provider))
                .extract().path("[0].id");
        Callers.provider("someone-else").post("/api/v1/engagements/" + engagement + "/start").then().statusCode(404);
        Callers.state("TZA").post("/api/v1/engagements/" + engagement + "/start").then().statusCode(403);
        Callers.provider(provider).body(Map.of("outcome", "too early")).post("/api/v1/engagements/" + engagement + "/complete")
                .then().statusCode(409);

        try (TopicReader topic = new TopicReader(KafkaTestResource.shared().bootstrapServers(), "tahub.matching.v1")) {
            Callers.provider(provider).post("/api/v1/engagements/" + engagement + "/start").then().statusCode(200)
                    .body("status", equalTo("IN_DELIVERY"));
            Callers.provider(provider).body(Map.of()).post("/api/v1/engagements/" + engagement + "/complete").then().statusCode(422);
            Callers.provider(provider).body(Map.of("outcome", "Five analysts mentored for six months."))
                    .post("/api/v1/engagements/" + engagement + "/complete").then().statusCode(200)
                    .body("status", equalTo("COMPLETED"));
            var completed = topic.await(r -> r.value().contains(engagement) && r.value().contains("engagement.completed"),
                    Duration.ofSeconds(30));
            assertThat(completed.key()).isEqualTo("TZA");
            assertThat(EventSchemas.violations(EventCodec.read(completed.value()))).isEmpty();
            assertThat(topic.seen()).anyMatch(r -> r.value().contains(engagement) && r.value().contains("engagement.started"));
        }
        Callers.state("TZA").body(Map.of("rating", 9)).post("/api/v1/engagements/" + engagement + "/evaluate").then().statusCode(422);
        Callers.state("TZA").body(Map.of("rating", 4, "comment", "Useful; the unit now files reports."))
                .post("/api/v1/engagements/" + engagement + "/evaluate").then().statusCode(200).body("status", equalTo("EVALUATED"));

        // The next assessment says V.4 is now implemented: the engagement improved it.
        Submissions.submit(TANZANIA, 2026, "PROVIDERS", List.of(), List.of(), List.of(new ActivityStatusV1("V.4", "IMPLEMENTED")));
        await().atMost(Duration.ofSeconds(60)).until(() -> "IMPROVED".equals(Callers.analyst()
                .get("/api/v1/engagements/" + engagement).then().extract().path("impact")));
        JsonPath impact = Callers.analyst().queryParam("state", "TZA").get("/api/v1/impact").then().statusCode(200).extract().jsonPath();
        assertThat(impact.getLong("byState.find { it.key == 'TZA' }.improved")).isEqualTo(1);
        assertThat(impact.getDouble("byProvider.find { it.key == '" + provider + "' }.improvementRate")).isEqualTo(1.0);
        assertThat(impact.getLong("byArea.find { it.key == 'V' }.measured")).isEqualTo(1);
        String csv = Callers.analyst().accept("text/csv").queryParam("state", "TZA").get("/api/v1/impact").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines().findFirst()).hasValue("dimension,key,engagements,completed,measured,improved,unchanged,"
                + "worsened,not_reported,improvement_rate");
        assertThat(csv.lines()).anyMatch(l -> l.matches("state,TZA,\\d+,\\d+,\\d+,1,.*"));

        String xml = Callers.analyst().queryParam("state", "TZA").queryParam("format", "iati").get("/api/v1/engagements")
                .then().statusCode(200).contentType("application/xml").extract().asString();
        XmlPath iati = new XmlPath(xml);
        assertThat(iati.getString("iati-activities.@version")).isEqualTo("2.03");
        assertThat(iati.getString("iati-activities.iati-activity[0].iati-identifier")).isEqualTo(provider + "-" + engagement);
        assertThat(iati.getString("iati-activities.iati-activity[0].recipient-country.@code")).isEqualTo("TZ");
        assertThat(iati.getString("iati-activities.iati-activity[0].activity-status.@code")).isEqualTo("4");
        assertThat(iati.getList("iati-activities.iati-activity[0].sector.@code")).contains("15130", "V.4");
        assertThat(iati.getList("iati-activities.iati-activity[0].participating-org.@role")).contains("1", "4");
        Callers.analyst().queryParam("format", "pdf").get("/api/v1/engagements").then().statusCode(400);
    }
}
