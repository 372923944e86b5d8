package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A paragraph of a national report that lists several needs is read as several: {@code POST /api/v1/classify}
 * answers each with its span and its own ranking, and a submitted statement becomes one need per need it holds,
 * each matched on its own and naming the statement and span it came from.
 */
@QuarkusTest
class StatementsHoldingSeveralNeedsTest {

    static final String THREE_NEEDS = "We need analysts and software for the financial intelligence unit; equipment to "
            + "detect forged travel documents at land crossings; and help with a bill, since our penal code does not "
            + "yet criminalise the financing of foreign terrorist fighters.";

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void classifyAnswersEachNeedOfAParagraphWithItsSpanAndRanking() {
        JsonPath answer = Callers.analyst().contentType("application/json")
                .body(java.util.Map.of("text", THREE_NEEDS)).post("/api/v1/classify").then().statusCode(200)
                .extract().jsonPath();
        List<String> firstAreas = answer.getList("needs.collect { it.areas[0].code }", String.class);
        // Three needs: the FIU (V), the border (X), and the bill, whose words of financing still pull it to V
        // first, with III (criminalisation) among its first three (docs/matching.md).
        assertThat(firstAreas).as("the first area of each need found").hasSize(3).startsWith("V", "X");
        assertThat(answer.getList("needs[2].areas.code", String.class).subList(0, 3)).contains("III");
        List<Integer> starts = answer.getList("needs.start", Integer.class);
        List<Integer> ends = answer.getList("needs.end", Integer.class);
        for (int i = 0; i < starts.size(); i++) {
            assertThat(answer.getString("needs[" + i + "].text")).isEqualTo(THREE_NEEDS.substring(starts.get(i), ends.get(i)));
            if (i > 0) {
                assertThat(starts.get(i)).isGreaterThanOrEqualTo(ends.get(i - 1));
            }
        }
        assertThat(answer.getString("needs[0].text")).startsWith("We need analysts");
        assertThat(answer.getString("needs[2].text")).contains("foreign terrorist fighters");
    }

    @Test
    void aStatementOfOneNeedIsOneNeedWholeText() {
        String one = "Assistance in setting up a Financial Intelligence Unit";
        JsonPath answer = Callers.analyst().contentType("application/json").body(java.util.Map.of("text", one))
                .post("/api/v1/classify").then().statusCode(200).extract().jsonPath();
        assertThat(answer.getList("needs")).hasSize(1);
        assertThat(answer.getInt("needs[0].start")).isZero();
        assertThat(answer.getInt("needs[0].end")).isEqualTo(one.length());
        assertThat(answer.getString("needs[0].areas[0].code")).isEqualTo("V");
    }

    @Test
    void aSubmittedStatementHoldingThreeNeedsBecomesThreeNeedsEachMatched() {
        String assessment = Submissions.submit(Submissions.KENYA, "PROVIDERS",
                List.of(Submissions.statement(1, THREE_NEEDS)), List.of());
        JsonPath byNeed = await().atMost(Duration.ofSeconds(60)).until(() -> {
            var r = Callers.analyst().queryParam("assessment", assessment).get("/api/v1/matches/by-need");
            return r.statusCode() == 200 ? r.jsonPath() : null;
        }, j -> j != null && j.getList("$").size() == 3);
        assertThat(byNeed.getList("needId", String.class))
                .containsExactly("statement:1:1", "statement:1:2", "statement:1:3");
        assertThat(byNeed.getList("statement", String.class)).containsOnly("statement:1");
        assertThat(byNeed.getList("language", String.class)).containsOnly("en");
        assertThat(byNeed.getList("collect { it.areas[0] }", String.class)).startsWith("V", "X");
        assertThat(byNeed.getList("[2].classification.areas.code", String.class).subList(0, 3)).contains("III");
        for (int i = 0; i < 3; i++) {
            int start = byNeed.getInt("[" + i + "].spanStart");
            int end = byNeed.getInt("[" + i + "].spanEnd");
            assertThat(byNeed.getString("[" + i + "].text")).isEqualTo(THREE_NEEDS.substring(start, end));
        }
        assertThat(byNeed.getList("[0].proposals")).as("the FIU need is matched on its own").isNotEmpty();
    }
}
