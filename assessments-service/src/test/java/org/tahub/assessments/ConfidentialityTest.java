package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No answer tells a reader about a version it may not see: neither through a link to it ({@code supersededBy}) nor
 * through a 404 that differs from the one for an id that does not exist.
 */
@QuarkusTest
class ConfidentialityTest {

    @BeforeEach
    void checklist() {
        Checklist.ensurePublished();
    }

    @Test
    void aSharedVersionDoesNotNameTheConfidentialVersionThatSupersededIt() {
        String shared = submitted("FIN", 2023, "PROVIDERS");
        String confidential = submitted("FIN", 2024, "CONFIDENTIAL");

        assertThat(supersededBy(Callers.provider("unodc-tpb"), shared)).isNull();
        assertThat(listedSupersededBy(Callers.provider("unodc-tpb"), "FIN")).containsEntry(shared, null);
        assertThat(supersededBy(Callers.analyst(), shared)).isEqualTo(confidential);
        assertThat(supersededBy(Callers.state("FIN"), shared)).isEqualTo(confidential);
        assertThat(listedSupersededBy(Callers.analyst(), "FIN")).containsEntry(shared, confidential);
        assertThat(Callers.provider("unodc-tpb").get("/api/v1/assessments/" + shared).asString())
                .doesNotContain(confidential);

        // Once the state shares a later version again, a provider is pointed to the newest one it may see.
        String later = submitted("FIN", 2025, "PROVIDERS");
        assertThat(supersededBy(Callers.provider("unodc-tpb"), shared)).isEqualTo(later);
        assertThat(listedSupersededBy(Callers.provider("unodc-tpb"), "FIN")).containsEntry(shared, later)
                .doesNotContainKey(confidential);
        assertThat(supersededBy(Callers.analyst(), shared)).isEqualTo(confidential);
        assertThat(supersededBy(Callers.analyst(), confidential)).isEqualTo(later);
    }

    @Test
    void thePublic2004RequestsDoNotNameAConfidentialSelfAssessment() {
        String synopsis = Callers.analyst().queryParam("state", "SEN").queryParam("period", "2004")
                .get("/api/v1/assessments").then().statusCode(200).extract().path("items[0].id");
        String confidential = submitted("SEN", 2026, "CONFIDENTIAL");

        assertThat(supersededBy(Callers.analyst(), synopsis)).isEqualTo(confidential);
        assertThat(supersededBy(Callers.provider("unodc-tpb"), synopsis)).isNull();
        assertThat(listedSupersededBy(Callers.provider("unodc-tpb"), "SEN")).containsEntry(synopsis, null);
    }

    @Test
    void aHiddenAssessmentIsAnsweredExactlyLikeOneThatDoesNotExist() {
        String draft = Callers.state("DNK").body(Map.of("period", 2026)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        String confidential = submitted("SWE", 2026, "CONFIDENTIAL");
        String missing = UUID.randomUUID().toString();

        Map<String, Function<String, Response>> asAnotherState = requests(Callers::state, "NOR");
        for (var request : asAnotherState.entrySet()) {
            assertSameNotFound(request.getKey() + " (a draft, as another state)",
                    request.getValue().apply(draft), request.getValue().apply(missing),
                    request.getValue().apply("not-a-uuid"));
        }
        Map<String, Function<String, Response>> asProvider = requests(x -> Callers.provider("unodc-tpb"), null);
        for (var request : asProvider.entrySet()) {
            assertSameNotFound(request.getKey() + " (a confidential version, as a provider)",
                    request.getValue().apply(confidential), request.getValue().apply(missing));
        }
        assertSameNotFound("validate (a draft, as an analyst)",
                Callers.analyst().body(Map.of()).post("/api/v1/assessments/" + draft + "/validate"),
                Callers.analyst().body(Map.of()).post("/api/v1/assessments/" + missing + "/validate"));
        assertSameNotFound("return (a draft, as an analyst)",
                Callers.analyst().body(Map.of("comment", "x")).post("/api/v1/assessments/" + draft + "/return"),
                Callers.analyst().body(Map.of("comment", "x")).post("/api/v1/assessments/" + missing + "/return"));
        assertSameNotFound("a state not in the registry, and its progress",
                Callers.analyst().get("/api/v1/states/XYZ"), Callers.analyst().get("/api/v1/states/QQQ"),
                Callers.analyst().get("/api/v1/states/XYZ/progress"));
    }

    /** Every operation on one assessment, as the callers {@code as} makes. */
    private static Map<String, Function<String, Response>> requests(Function<String, RequestSpecification> as, String who) {
        Map<String, Function<String, Response>> r = new LinkedHashMap<>();
        r.put("GET", id -> as.apply(who).get("/api/v1/assessments/" + id));
        r.put("GET as CSV", id -> as.apply(who).accept("text/csv").get("/api/v1/assessments/" + id));
        r.put("GET needs", id -> as.apply(who).get("/api/v1/assessments/" + id + "/needs"));
        r.put("GET needs as CSV", id -> as.apply(who).accept("text/csv").get("/api/v1/assessments/" + id + "/needs"));
        r.put("PUT", id -> as.apply(who).body(Map.of("visibility", "PUBLIC")).put("/api/v1/assessments/" + id));
        r.put("PUT an answer", id -> as.apply(who).body(Map.of("status", "IMPLEMENTED"))
                .put("/api/v1/assessments/" + id + "/answers/V.4"));
        r.put("DELETE an answer", id -> as.apply(who).delete("/api/v1/assessments/" + id + "/answers/V.4"));
        r.put("submit", id -> as.apply(who).post("/api/v1/assessments/" + id + "/submit"));
        r.put("validate", id -> as.apply(who).body(Map.of()).post("/api/v1/assessments/" + id + "/validate"));
        r.put("return", id -> as.apply(who).body(Map.of("comment", "x")).post("/api/v1/assessments/" + id + "/return"));
        r.put("revise", id -> as.apply(who).post("/api/v1/assessments/" + id + "/revisions"));
        return r;
    }

    /**
     * The hidden object's answer is the missing one's, byte for byte but the instance: a 404, or the 403 of a role
     * that may not make the call at all (a state validating, a provider editing), which says nothing of either id.
     */
    private static void assertSameNotFound(String what, Response hidden, Response... missing) {
        int status = hidden.statusCode();
        assertThat(status).as(what).isIn(403, 404);
        assertThat(hidden.contentType()).as(what).startsWith("application/problem+json");
        Map<String, Object> expected = withoutInstance(hidden);
        assertThat(String.valueOf(expected.get("detail"))).as(what).doesNotContain("-");
        for (Response m : missing) {
            assertThat(m.statusCode()).as(what).isEqualTo(status);
            assertThat(withoutInstance(m)).as(what).isEqualTo(expected);
        }
    }

    /** The problem as it is the same for every id: the instance (the path asked for) aside. */
    private static Map<String, Object> withoutInstance(Response r) {
        Map<String, Object> problem = new HashMap<>(r.jsonPath().getMap("$"));
        problem.remove("instance");
        problem.remove("requestId");
        return problem;
    }

    private static String supersededBy(RequestSpecification caller, String id) {
        return caller.get("/api/v1/assessments/" + id).then().statusCode(200).extract().path("supersededBy");
    }

    private static Map<String, String> listedSupersededBy(RequestSpecification caller, String state) {
        List<Map<String, Object>> items = caller.queryParam("state", state).get("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, String> superseded = new HashMap<>();
        items.forEach(i -> superseded.put((String) i.get("id"), (String) i.get("supersededBy")));
        return superseded;
    }

    private static String submitted(String state, int period, String visibility) {
        String id = Callers.state(state).body(Map.of("period", period, "visibility", visibility, "answers", List.of(
                        Map.of("activity", "V.4", "status", "NOT_IMPLEMENTED", "assistanceNeeded", true, "priority", "HIGH"))))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        Callers.state(state).post("/api/v1/assessments/" + id + "/submit").then().statusCode(200);
        return id;
    }
}
