package org.tahub.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tahub.infrastructure.testing.TopicReader;

/**
 * The whole suite, started as a user starts it, checked end to end through the gateway: a curator's change in the
 * catalogue reaches the assessment template over Kafka; a state's focal point assesses its state and the needs go out
 * on the broker; the object-level rules hold through the gateway; health follows the broker. The suite is the shared
 * one ({@link SharedStack}): its clean stop with down.sh is checked when the test run ends. Every answer of the
 * gateway is checked against the merged OpenAPI document ({@link ApiConformance}).
 */
@ExtendWith(SharedStack.class)
class LocalStackIT {

    private static LocalStack stack;

    @BeforeAll
    static void up(LocalStack shared) {
        stack = shared;
    }

    private static RequestSpecification api() {
        return given().header("X-API-Key", stack.adminKey);
    }

    @Test
    void healthReportsEveryServiceReady() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.instruments", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.assessments", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.matching", equalTo("UP"));
    }

    @Test
    void oneKeyPerRoleIsWrittenForTheUserAndEachHasItsRights() {
        Map<String, String> keys = credentials();
        assertThat(keys).containsEntry("TAHUB_ADMIN_KEY", stack.adminKey)
                .containsKeys("TAHUB_STATE_KEY", "TAHUB_PROVIDER_KEY", "TAHUB_ANALYST_KEY", "TAHUB_CURATOR_KEY");
        keys.remove("TAHUB_IDENTITY_SECRET");
        keys.remove("TAHUB_DASHBOARD_SESSION_SECRET");
        given().get("/api/v1/areas").then().statusCode(401).contentType("application/problem+json");
        // Around the gateway, a service answers nobody: it wants the gateway's signed identity.
        given().baseUri("http://127.0.0.1:" + stack.env.get("TAHUB_INSTRUMENTS_PORT"))
                .header("X-Tahub-Actor", "admin").header("X-Tahub-Role", "admin")
                .get("/api/v1/areas").then().statusCode(401).contentType("application/problem+json");
        for (String key : keys.values()) {
            given().header("X-API-Key", key).get("/api/v1/areas").then().statusCode(200);
        }
        given().header("X-API-Key", keys.get("TAHUB_STATE_KEY")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Map.of("title", "A state may not reword the checklist"))
                .put("/api/v1/activities/I.1").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theCatalogueIsLoadedAndServedThroughTheGateway() {
        api().get("/api/v1/areas").then().statusCode(200).body("size()", equalTo(11));
        api().get("/api/v1/activities").then().statusCode(200).body("size()", equalTo(123));
        api().queryParam("part", "A").get("/api/v1/instruments").then().statusCode(200).body("total", equalTo(49));
        api().queryParam("q", "hostages").get("/api/v1/instruments").then().statusCode(200)
                .body("items[0].slug", equalTo("hostages-convention-1979"));
        api().queryParam("instrument", "terrorist-financing-convention-1999").get("/api/v1/tools").then()
                .statusCode(200).body("slug", org.hamcrest.Matchers.hasItem("imf-suppressing-financing-terrorism-handbook-2003"));
        api().queryParam("unStatus", "member").get("/api/v1/states").then().statusCode(200).body("size()", equalTo(193));
        // The language asked for passes the gateway, and the answer's language headers come back through it.
        api().header("Accept-Language", "fr").get("/api/v1/activities/V.4").then().statusCode(200)
                .header("Content-Language", "fr").header("Vary", org.hamcrest.Matchers.containsString("Accept-Language"))
                .body("translation", equalTo("unofficial translation"));
    }

    @Test
    void aCuratorsChangeReachesTheAssessmentTemplateThroughKafka() {
        String newTitle = "Adopt measures for the protection of witnesses (system test " + System.nanoTime() + ")";
        changeActivityTitle("VIII.1", newTitle);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(templateTitle("VIII.1")).isEqualTo(newTitle));
    }

    @Test
    void servicesFollowTheBrokerDownAndBackUpWithoutRestarting() throws Exception {
        long kafka = stack.pid("kafka");
        List<Long> services = List.of(stack.pid("instruments-service"), stack.pid("assessments-service"),
                stack.pid("matching-service"), stack.pid("gateway"));
        ProcessHandle.of(kafka).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().get("/q/health/ready").statusCode() == 503);

        assertThat(stack.run("up.sh", "--detach")).as(stack.log("up.sh.out")).isZero();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().get("/q/health/ready").statusCode() == 200);
        assertThat(services).allMatch(LocalStack::alive);
        assertThat(List.of(stack.pid("instruments-service"), stack.pid("assessments-service"),
                stack.pid("matching-service"), stack.pid("gateway"))).isEqualTo(services);

        // And events flow again.
        String newTitle = "Adopt measures for providing assistance to victims (after broker restart " + System.nanoTime() + ")";
        changeActivityTitle("IX.2", newTitle);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(templateTitle("IX.2")).isEqualTo(newTitle));
    }

    @Test
    void aStatesFocalPointAssessesItsStateAndItsNeedsGoOutOnTheBroker() {
        Map<String, String> keys = credentials();
        java.util.function.Supplier<RequestSpecification> kenya = () -> as(keys.get("TAHUB_STATE_KEY"));
        java.util.function.Supplier<RequestSpecification> analyst = () -> as(keys.get("TAHUB_ANALYST_KEY"));
        String earlier = kenya.get().body(Map.of("period", 2025, "visibility", "PROVIDERS", "answers", List.of(
                        Map.of("activity", "V.4", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true, "priority", "HIGH"),
                        Map.of("activity", "I.1", "status", "PARTIALLY_IMPLEMENTED", "assistanceNeeded", false))))
                .post("/api/v1/assessments").then().statusCode(201).body("state", equalTo("KEN")).extract().path("id");
        kenya.get().post("/api/v1/assessments/" + earlier + "/submit").then().statusCode(200);
        analyst.get().body(Map.of("comment", "Consistent with the 2025 report.")).post("/api/v1/assessments/" + earlier + "/validate")
                .then().statusCode(200).body("status", equalTo("VALIDATED"));

        String later = kenya.get().body(Map.of("period", 2026, "visibility", "PROVIDERS", "answers", List.of(
                        Map.of("activity", "V.4", "status", "PARTIALLY_IMPLEMENTED", "assistanceNeeded", true, "priority", "HIGH",
                                "narrative", "The Financial Reporting Centre operates; its analysts need training."),
                        Map.of("activity", "I.1", "status", "IMPLEMENTED", "assistanceNeeded", false)),
                        "statements", List.of(Map.of("text", "Equipment to produce machine readable passports")))).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        try (TopicReader topic = new TopicReader(stack.kafkaBootstrap(), "tahub.assessments.v1")) {
            kenya.get().post("/api/v1/assessments/" + later + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
            var event = topic.await(r -> r.value().contains(later) && r.value().contains("assessment.submitted.v2"),
                    Duration.ofSeconds(30));
            assertThat(event.key()).isEqualTo("KEN");
            assertThat(event.value()).contains("\"activity:V.4\"", "machine readable passports");
        }
        kenya.get().get("/api/v1/assessments/" + later + "/needs").then().statusCode(200)
                .body("id", equalTo(List.of("activity:V.4", "statement:1")));
        analyst.get().queryParam("state", "KEN").get("/api/v1/needs").then().statusCode(200).body("total", equalTo(2));
        // Other system tests may assess Kenya for other periods (GeneratedClientIT: 2023): this one's are in order.
        var progress = kenya.get().get("/api/v1/states/KEN/progress").then().statusCode(200).extract().jsonPath();
        assertThat(progress.getList("assessments.period", Integer.class)).containsSubsequence(2004, 2025, 2026);
        assertThat(progress.getList("comparisons.find { it.fromPeriod == 2025 && it.toPeriod == 2026 }.improved.activity",
                String.class)).containsExactly("I.1", "V.4");

        // matching-service consumed the submission and proposed offers, each score explained.
        var proposals = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                analyst.get().queryParam("assessment", later).queryParam("size", "200").get("/api/v1/matches").then()
                        .statusCode(200).extract().jsonPath(), j -> j.getInt("total") > 0);
        assertThat(proposals.getList("items.components[0].name", String.class)).contains("activity");
        kenya.get().queryParam("assessment", later).get("/api/v1/matches").then().statusCode(200)
                .body("total", equalTo(proposals.getInt("total")));
        // A provider sees only the proposals of its own offers: another provider's is not there for it.
        String providerKey = keys.get("TAHUB_PROVIDER_KEY");
        String othersMatch = proposals.getString("items.find { it.providerId != 'unodc-tpb' }.id");
        given().header("X-API-Key", providerKey).get("/api/v1/matches/" + othersMatch).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("X-API-Key", providerKey).post("/api/v1/matches/" + othersMatch + "/accept").then().statusCode(404);

        // A CTC liaison system reading the topics from the beginning rebuilds where each assessment stands and which
        // matches were accepted (docs/liaison.md).
        String accepted = proposals.getString("items[0].id");
        as(keys.get("TAHUB_ADMIN_KEY")).post("/api/v1/matches/" + accepted + "/accept").then().statusCode(200);
        LiaisonConsumer liaison = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(
                () -> new LiaisonConsumer().readAll(stack.kafkaBootstrap(), Duration.ofSeconds(20)),
                l -> l.accepted().containsKey(accepted));
        assertThat(liaison.submissions().get(earlier).status()).isEqualTo("SUPERSEDED");
        assertThat(liaison.submissions().get(later).status()).isEqualTo("SUBMITTED");
        assertThat(liaison.submissions().get(later).needs()).isEqualTo(2);
        assertThat(liaison.submissions().values()).filteredOn(s -> s.period() == 2004).hasSize(52);
        assertThat(liaison.accepted().get(accepted).state()).isEqualTo("KEN");
        // The proposals that stand for the later assessment, rebuilt from one small record each, are those the API
        // lists; its latest round says as many; the earlier assessment's were withdrawn when it was superseded.
        assertThat(liaison.proposals().values()).filteredOn(p -> p.assessmentId().equals(later))
                .extracting(LiaisonConsumer.StandingProposal::matchId)
                .containsExactlyInAnyOrderElementsOf(proposals.getList("items.id", String.class));
        assertThat(liaison.rounds().get(later).standing()).isEqualTo(proposals.getInt("total"));
        assertThat(liaison.proposals().values()).noneMatch(p -> p.assessmentId().equals(earlier));
    }

    @Test
    void nobodyReadsOrChangesWhatIsNotTheirsThroughTheGateway() {
        Map<String, String> keys = credentials();
        String uganda = api().contentType(ContentType.JSON).body(Map.of("name", "Uganda focal point (system test)",
                "role", "state", "state", "UGA")).post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("key");
        java.util.function.Supplier<RequestSpecification> kenya = () -> as(keys.get("TAHUB_STATE_KEY"));
        java.util.function.Supplier<RequestSpecification> ugandaApi = () -> as(uganda);
        java.util.function.Supplier<RequestSpecification> provider = () -> as(keys.get("TAHUB_PROVIDER_KEY"));

        String confidential = ugandaApi.get().body(Map.of("period", 2026, "visibility", "CONFIDENTIAL", "answers", List.of(
                        Map.of("activity", "V.4", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true, "priority", "HIGH"))))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        // Another state's object does not exist for Kenya, whatever it tries.
        kenya.get().get("/api/v1/assessments/" + confidential).then().statusCode(404).contentType("application/problem+json");
        kenya.get().post("/api/v1/assessments/" + confidential + "/submit").then().statusCode(404);
        // Kenya cannot create, hence cannot submit, for Uganda; fields that are the service's are refused.
        kenya.get().body(Map.of("state", "UGA", "period", 2025)).post("/api/v1/assessments").then().statusCode(403)
                .contentType("application/problem+json");
        ugandaApi.get().body(Map.of("period", 2025, "status", "VALIDATED")).post("/api/v1/assessments").then().statusCode(400)
                .body("errors[0].field", equalTo("body.status"));
        ugandaApi.get().post("/api/v1/assessments/" + confidential + "/submit").then().statusCode(200);
        // A provider sees neither the confidential assessment nor its needs; an analyst sees both.
        provider.get().get("/api/v1/assessments/" + confidential).then().statusCode(404);
        assertThat(provider.get().queryParam("state", "UGA").get("/api/v1/needs").then().statusCode(200)
                .extract().jsonPath().getInt("total")).isZero();
        given().header("X-API-Key", keys.get("TAHUB_ANALYST_KEY")).get("/api/v1/assessments/" + confidential)
                .then().statusCode(200);
        // A provider cannot write assessments at all; a curator cannot read them.
        provider.get().body(Map.of("period", 2025)).post("/api/v1/assessments").then().statusCode(403);
        given().header("X-API-Key", keys.get("TAHUB_CURATOR_KEY")).get("/api/v1/assessments").then().statusCode(403);
    }

    @Test
    void anAgreedProposalIsDeliveredAndMeasuredAndDonorsSeeGapsImpactTimelinessAndIatiThroughTheGateway() {
        Map<String, String> keys = credentials();
        java.util.function.Supplier<RequestSpecification> analyst = () -> as(keys.get("TAHUB_ANALYST_KEY"));
        java.util.function.Supplier<RequestSpecification> ghana = () -> as(issueKey(Map.of("name",
                "Ghana focal point (system test)", "role", "state", "state", "GHA")));
        String first = ghana.get().body(Map.of("period", 2025, "visibility", "PROVIDERS", "answers", List.of(
                        Map.of("activity", "V.4", "status", "PARTIALLY_IMPLEMENTED", "assistanceNeeded", true,
                                "priority", "HIGH"))))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        ghana.get().post("/api/v1/assessments/" + first + "/submit").then().statusCode(200);
        var proposals = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                analyst.get().queryParam("assessment", first).get("/api/v1/matches").then().statusCode(200)
                        .extract().jsonPath(), j -> j.getInt("total") > 0);
        String match = proposals.getString("items[0].id");
        String provider = proposals.getString("items[0].providerId");
        java.util.function.Supplier<RequestSpecification> owner = () -> as(issueKey(Map.of("name",
                provider + " (system test)", "role", "provider", "provider", provider)));
        java.util.function.Supplier<RequestSpecification> other = () -> as(issueKey(Map.of("name",
                "another provider (system test)", "role", "provider", "provider", "system-test-other-provider")));

        // A state sees the proposals for its own needs only.
        given().header("X-API-Key", keys.get("TAHUB_STATE_KEY")).get("/api/v1/matches/" + match).then().statusCode(404);
        given().header("X-API-Key", keys.get("TAHUB_STATE_KEY")).queryParam("assessment", first).get("/api/v1/matches")
                .then().statusCode(200).body("total", equalTo(0));

        // The provider accepts, Ghana agrees: an engagement only its provider delivers.
        owner.get().post("/api/v1/matches/" + match + "/accept").then().statusCode(200);
        ghana.get().post("/api/v1/matches/" + match + "/agree").then().statusCode(200).body("status", equalTo("AGREED"));
        // Who does what where: the coordination view names the provider engaged on Ghana's need.
        analyst.get().queryParam("state", "GHA").queryParam("activity", "V.4").get("/api/v1/coordination").then()
                .statusCode(200).body("find { it.assessmentId == '" + first + "' }.providers.find { it.status == 'AGREED' }"
                        + ".providerId", equalTo(provider));
        String engagement = ghana.get().queryParam("state", "GHA").get("/api/v1/engagements").then().statusCode(200)
                .body("[0].providerId", equalTo(provider)).extract().path("[0].id");
        other.get().post("/api/v1/engagements/" + engagement + "/start").then().statusCode(404)
                .contentType("application/problem+json");
        owner.get().post("/api/v1/engagements/" + engagement + "/start").then().statusCode(200)
                .body("status", equalTo("IN_DELIVERY"));
        owner.get().body(Map.of("outcome", "Analysts of the financial intelligence unit mentored for six months."))
                .post("/api/v1/engagements/" + engagement + "/complete").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));

        // A provider changes only its own offers.
        String offer = provider + "-system-test-offer";
        owner.get().body(Map.of("id", offer, "title", "Mentoring for financial intelligence analysts", "activities",
                        List.of("V.4"), "modality", "MENTORING", "languages", List.of("en"), "capacity", 2,
                        "periodStart", "2026-01-01", "periodEnd", "2027-12-31"))
                .post("/api/v1/offers").then().statusCode(201);
        other.get().post("/api/v1/offers/" + offer + "/withdraw").then().statusCode(403)
                .contentType("application/problem+json");

        // Ghana's next assessment reports V.4 implemented: the engagement's impact is measured.
        String next = ghana.get().body(Map.of("period", 2026, "visibility", "PROVIDERS", "answers", List.of(
                        Map.of("activity", "V.4", "status", "IMPLEMENTED", "assistanceNeeded", false))))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        ghana.get().post("/api/v1/assessments/" + next + "/submit").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> "IMPROVED".equals(
                analyst.get().get("/api/v1/engagements/" + engagement).then().extract().path("impact")));
        analyst.get().queryParam("state", "GHA").get("/api/v1/impact").then().statusCode(200)
                .body("byState.find { it.key == 'GHA' }.improved", equalTo(1));
        var gaps = analyst.get().queryParam("area", "V").get("/api/v1/gaps").then().statusCode(200).extract().jsonPath();
        assertThat(gaps.getLong("needs")).as("current needs in area V (self-assessments: the 2004 requests are "
                + "history)").isNotNegative();
        assertThat(gaps.getLong("uncovered")).isBetween(0L, gaps.getLong("needs"));
        assertThat(gaps.getList("byArea.key", String.class)).contains("V");
        String gapsCsv = analyst.get().accept("text/csv").queryParam("area", "V").get("/api/v1/gaps").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertThat(gapsCsv.lines().findFirst()).hasValue("state,state_name,region,assessment_id,need_id,activities,"
                + "areas,priority,stage,text");
        // Timeliness: Ghana's need went from submission to proposal, agreement and delivery.
        var timeliness = analyst.get().queryParam("region", "002").get("/api/v1/timeliness").then().statusCode(200)
                .extract().jsonPath();
        String ownRow = "byProvider.find { it.key == '" + provider + "' }";
        assertThat(timeliness.getLong(ownRow + ".toFirstProposal.reached")).isPositive();
        assertThat(timeliness.getLong(ownRow + ".toAgreement.reached")).isPositive();
        assertThat(timeliness.getLong(ownRow + ".toCompletion.reached")).isPositive();
        assertThat(timeliness.getLong("overall.toCompletion.medianSeconds")).isNotNegative();
        owner.get().queryParam("region", "002").get("/api/v1/timeliness").then().statusCode(200)
                .body("byProvider.key", contains(provider));
        ghana.get().get("/api/v1/timeliness").then().statusCode(403).contentType("application/problem+json");
        String timelinessCsv = analyst.get().accept("text/csv").get("/api/v1/timeliness").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(timelinessCsv.lines()).anyMatch(l -> l.startsWith("provider," + provider + ",completion,"));
        String xml = analyst.get().queryParam("state", "GHA").queryParam("format", "iati").get("/api/v1/engagements")
                .then().statusCode(200).contentType("application/xml").extract().asString();
        io.restassured.path.xml.XmlPath iati = new io.restassured.path.xml.XmlPath(xml);
        assertThat(iati.getString("iati-activities.@version")).isEqualTo("2.03");
        assertThat(iati.getString("iati-activities.iati-activity[0].iati-identifier")).isEqualTo(provider + "-" + engagement);
        assertThat(iati.getList("iati-activities.iati-activity[0].sector.@code")).contains("15130", "V.4");
    }

    @Test
    void the2004RequestsAreHistoryUntilAStateConfirmsThemInANewAssessmentThroughTheGateway() {
        Map<String, String> keys = credentials();
        java.util.function.Supplier<RequestSpecification> analyst = () -> as(keys.get("TAHUB_ANALYST_KEY"));
        java.util.function.Supplier<RequestSpecification> tuvalu = () -> as(issueKey(Map.of("name",
                "Tuvalu focal point (system test)", "role", "state", "state", "TUV")));
        // Tuvalu has only its 2004 request: nothing is proposed for it, and it is in no gap.
        analyst.get().queryParam("state", "TUV").queryParam("status", "PROPOSED").get("/api/v1/matches").then()
                .statusCode(200).body("total", equalTo(0));
        assertThat(analyst.get().queryParam("gap", "no-proposal").queryParam("limit", "1000").get("/api/v1/gaps")
                .then().statusCode(200).extract().jsonPath().getList("gaps.state", String.class))
                .doesNotContain("TUV");

        String requests = tuvalu.get().queryParam("state", "TUV").queryParam("origin", "ctc-synopsis-2004")
                .get("/api/v1/assessments").then().statusCode(200).extract().path("items[0].id");
        String confirmed = tuvalu.get().body(Map.of("period", 2026, "visibility", "PROVIDERS"))
                .post("/api/v1/assessments/" + requests + "/confirmations").then().statusCode(201)
                .body("status", equalTo("DRAFT"), "statements[0].text", equalTo("Human resources to implement fully "
                        + "the Security Council resolution 1373"))
                .extract().path("id");
        tuvalu.get().post("/api/v1/assessments/" + confirmed + "/submit").then().statusCode(200);
        // Confirmed, the request is a current need again: matched, and followed by the gaps.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> analyst.get()
                .queryParam("assessment", confirmed).get("/api/v1/matches").then().statusCode(200).extract()
                .jsonPath().getInt("total") > 0);
        assertThat(analyst.get().queryParam("gap", "no-delivery").queryParam("limit", "1000").get("/api/v1/gaps")
                .then().statusCode(200).extract().jsonPath().getList("gaps.assessmentId", String.class))
                .contains(confirmed);
    }

    private static String issueKey(Map<String, String> body) {
        return api().contentType(ContentType.JSON).body(body).post("/api/v1/admin/api-keys").then().statusCode(201)
                .extract().path("key");
    }

    private static RequestSpecification as(String key) {
        return given().header("X-API-Key", key).contentType(ContentType.JSON);
    }

    private static Map<String, String> credentials() {
        return stack.credentials();
    }

    private static void changeActivityTitle(String code, String title) {
        var current = api().get("/api/v1/activities/" + code).then().statusCode(200).extract();
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("title", title);
        body.put("description", current.path("description"));
        api().contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body)
                .put("/api/v1/activities/" + code).then().statusCode(200).body("title", equalTo(title))
                .body("updatedBy", equalTo("admin"));
    }

    private static String templateTitle(String code) {
        return api().get("/api/v1/assessments/template").then().statusCode(200).extract().jsonPath()
                .getString("areas.activities.flatten().find { it.code == '" + code + "' }.title");
    }
}
