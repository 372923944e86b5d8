package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The states x instruments matrix a dashboard reads in one call: each state's standings from its current assessment,
 * as the caller may see it (the needs list's rules), as JSON or CSV.
 */
@QuarkusTest
class RatificationsApiTest {

    private static final String PATH = "/api/v1/ratifications";
    private static final Map<String, Object> FINANCING_PARTY = Map.of("instrument", Checklist.FINANCING_CONVENTION,
            "status", "PARTY", "signedOn", "2001-11-12", "consentOn", "2002-09-06");
    private static final Map<String, Object> HOSTAGES_SIGNATORY = Map.of("instrument", Checklist.HOSTAGES_CONVENTION,
            "status", "SIGNATORY", "signedOn", "1980-02-01");

    @BeforeEach
    void checklist() {
        Checklist.ensurePublished();
    }

    @Test
    void aSubmittedAssessmentsStandingsAppearForItsStateAndADraftsDoNot() {
        String id = draft("BWA", 2026, "PROVIDERS", List.of(FINANCING_PARTY, HOSTAGES_SIGNATORY));
        Callers.analyst().queryParam("state", "BWA").get(PATH).then().statusCode(200).body("total", equalTo(0));

        submit("BWA", id);
        Callers.analyst().queryParam("state", "BWA").get(PATH).then().statusCode(200)
                .contentType("application/json")
                .body("total", equalTo(1), "page", equalTo(0), "size", equalTo(50),
                        "items[0].state", equalTo("BWA"), "items[0].stateName", equalTo("Botswana"),
                        "items[0].assessmentId", equalTo(id), "items[0].period", equalTo(2026),
                        "items[0].status", equalTo("SUBMITTED"),
                        "items[0].standings.instrument",
                        equalTo(List.of(Checklist.FINANCING_CONVENTION, Checklist.HOSTAGES_CONVENTION)),
                        "items[0].standings.status", equalTo(List.of("PARTY", "SIGNATORY")),
                        "items[0].standings[0].signedOn", equalTo("2001-11-12"),
                        "items[0].standings[0].consentOn", equalTo("2002-09-06"),
                        "items[0].standings[1].signedOn", equalTo("1980-02-01"),
                        "items[0].standings[1].consentOn", nullValue());

        // Validated, it is still the state's current position.
        Callers.analyst().body(Map.of("comment", "Complete.")).post("/api/v1/assessments/" + id + "/validate")
                .then().statusCode(200);
        Callers.provider("unodc-tpb").queryParam("state", "BWA").get(PATH).then().statusCode(200)
                .body("total", equalTo(1), "items[0].status", equalTo("VALIDATED"));

        // Every state with a current version is listed, once, by ISO3.
        JsonPath all = Callers.analyst().queryParam("size", "200").get(PATH).then().statusCode(200).extract().jsonPath();
        List<String> states = all.getList("items.state", String.class);
        assertThat(states).contains("BWA").doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aNewerPeriodReplacesTheOlderOnesStandings() {
        String older = submitted("CRI", 2025, "PUBLIC", List.of(Map.of("instrument", Checklist.FINANCING_CONVENTION,
                "status", "SIGNATORY", "signedOn", "2000-01-14")));
        Callers.analyst().queryParam("state", "CRI").get(PATH).then()
                .body("items[0].assessmentId", equalTo(older), "items[0].standings[0].status", equalTo("SIGNATORY"));

        String newer = submitted("CRI", 2026, "PUBLIC", List.of(Map.of("instrument", Checklist.FINANCING_CONVENTION,
                "status", "PARTY", "signedOn", "2000-01-14", "consentOn", "2003-01-24")));
        Callers.analyst().queryParam("state", "CRI").get(PATH).then().statusCode(200)
                .body("total", equalTo(1), "items[0].assessmentId", equalTo(newer), "items[0].period", equalTo(2026),
                        "items[0].standings.status", equalTo(List.of("PARTY")),
                        "items[0].standings[0].consentOn", equalTo("2003-01-24"));
    }

    @Test
    void aStatesFocalPointSeesOnlyItsOwnState() {
        submitted("ARM", 2026, "PUBLIC", List.of(FINANCING_PARTY));
        submitted("JOR", 2026, "PUBLIC", List.of(HOSTAGES_SIGNATORY));

        JsonPath own = Callers.state("ARM").queryParam("size", "200").get(PATH).then().statusCode(200)
                .extract().jsonPath();
        assertThat(own.getList("items.state", String.class)).containsExactly("ARM");
        assertThat(own.getLong("total")).isEqualTo(1);
        Callers.state("ARM").queryParam("state", "JOR").get(PATH).then().statusCode(200)
                .body("total", equalTo(0), "items", equalTo(List.of()));
        String csv = Callers.state("ARM").accept("text/csv").get(PATH).then().statusCode(200).extract().asString();
        assertThat(csv).contains("ARM,Armenia").doesNotContain("JOR");
    }

    @Test
    void aConfidentialAssessmentIsNotShownToAProvider() {
        submitted("MNG", 2026, "CONFIDENTIAL", List.of(FINANCING_PARTY));
        submitted("THA", 2026, "PROVIDERS", List.of(FINANCING_PARTY));

        Callers.provider("unodc-tpb").queryParam("state", "MNG").get(PATH).then().statusCode(200)
                .body("total", equalTo(0));
        Callers.provider("unodc-tpb").accept("text/csv").queryParam("state", "MNG").get(PATH).then().statusCode(200)
                .header("X-Total-Count", "0");
        List<String> seen = Callers.provider("unodc-tpb").queryParam("size", "200").get(PATH).then().statusCode(200)
                .extract().jsonPath().getList("items.state", String.class);
        assertThat(seen).contains("THA").doesNotContain("MNG");

        Callers.analyst().queryParam("state", "MNG").get(PATH).then().body("total", equalTo(1));
        Callers.admin().queryParam("state", "MNG").get(PATH).then().body("total", equalTo(1));
        Callers.state("MNG").get(PATH).then().body("total", equalTo(1), "items[0].state", equalTo("MNG"));
    }

    @Test
    void theInstrumentFilterKeepsOnlyTheStandingsTowardsIt() {
        submitted("PRT", 2026, "PUBLIC", List.of(FINANCING_PARTY, HOSTAGES_SIGNATORY));

        Callers.analyst().queryParam("state", "PRT").queryParam("instrument", Checklist.HOSTAGES_CONVENTION)
                .get(PATH).then().statusCode(200)
                .body("total", equalTo(1), "items[0].standings.instrument", equalTo(List.of(Checklist.HOSTAGES_CONVENTION)),
                        "items[0].standings[0].status", equalTo("SIGNATORY"));
        // An instrument the state reports nothing on: the state is listed, with no standing.
        Callers.analyst().queryParam("state", "PRT").queryParam("instrument", "no-such-convention-2099")
                .get(PATH).then().statusCode(200).body("total", equalTo(1), "items[0].standings", equalTo(List.of()));
        AssessmentLifecycleTest.problem(Callers.analyst().queryParam("instrument", "Hostages Convention")
                .get(PATH).then(), 400).body("errors[0].field", equalTo("query.instrument"));
    }

    @Test
    void theCsvHasOneRowPerStateAndStanding() {
        String id = submitted("SVK", 2026, "PROVIDERS", List.of(FINANCING_PARTY, HOSTAGES_SIGNATORY));

        var response = Callers.analyst().accept("text/csv").queryParam("state", "SVK").get(PATH).then().statusCode(200)
                .contentType("text/csv").header("X-Total-Count", "1")
                .header("Content-Disposition", "attachment; filename=\"ratifications.csv\"");
        assertThat(response.extract().asString().lines().toList()).containsExactly(
                "state,state_name,period,assessment_id,instrument,status,signed_on,consent_on",
                "SVK,Slovakia,2026," + id + "," + Checklist.FINANCING_CONVENTION + ",PARTY,2001-11-12,2002-09-06",
                "SVK,Slovakia,2026," + id + "," + Checklist.HOSTAGES_CONVENTION + ",SIGNATORY,1980-02-01,");

        String filtered = Callers.analyst().accept("text/csv").queryParam("state", "SVK")
                .queryParam("instrument", Checklist.HOSTAGES_CONVENTION).get(PATH).then().statusCode(200)
                .extract().asString();
        assertThat(filtered.lines().skip(1).toList()).hasSize(1).allMatch(l -> l.contains(Checklist.HOSTAGES_CONVENTION));
    }

    @Test
    void unknownParametersAndBadValuesAreProblems() {
        AssessmentLifecycleTest.problem(Callers.analyst().queryParam("stat", "KEN").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("query.stat"));
        AssessmentLifecycleTest.problem(Callers.analyst().accept("text/csv").queryParam("area", "V").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("query.area"));
        for (Map<String, String> query : List.of(Map.of("state", "ken"), Map.of("state", ""), Map.of("instrument", ""),
                Map.of("instrument", "x".repeat(3000)), Map.of("page", "10001"), Map.of("size", "201"),
                Map.of("size", "0"), Map.of("page", "two"))) {
            AssessmentLifecycleTest.problem(Callers.analyst().queryParams(query).get(PATH).then(), 400);
            AssessmentLifecycleTest.problem(Callers.analyst().accept("text/csv").queryParams(query).get(PATH).then(), 400);
        }
        // The roles of the needs list: a curator has no business here.
        AssessmentLifecycleTest.problem(Callers.curator().get(PATH).then(), 403);
    }

    private static String draft(String state, int period, String visibility, List<Map<String, Object>> ratifications) {
        return Callers.state(state).body(Map.of("period", period, "visibility", visibility,
                        "ratifications", ratifications))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    private static void submit(String state, String id) {
        Callers.state(state).post("/api/v1/assessments/" + id + "/submit").then().statusCode(200);
    }

    private static String submitted(String state, int period, String visibility,
                                    List<Map<String, Object>> ratifications) {
        String id = draft(state, period, visibility, ratifications);
        submit(state, id);
        return id;
    }
}
