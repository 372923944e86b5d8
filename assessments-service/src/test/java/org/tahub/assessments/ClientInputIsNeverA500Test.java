package org.tahub.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing a client controls makes the service fail: huge or negative numbers, empty parameters, overlong strings,
 * unknown values and fields, pages far beyond the last, dates far in the past or future. Each is a 4xx
 * {@code application/problem+json} answer, never a 5xx.
 */
@QuarkusTest
class ClientInputIsNeverA500Test {

    private static final String LONG = "x".repeat(3000);

    @BeforeEach
    void checklist() {
        Checklist.ensurePublished();
    }

    @Test
    void pagesFarBeyondTheLastAreRefusedNotOverflowed() {
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/api/v1/assessments", "/api/v1/needs")) {
            for (String size : List.of("1", "20", "200")) {
                expectProblem(failures, 400, path + "?page=2147483647&size=" + size,
                        () -> Callers.analyst().queryParam("page", "2147483647").queryParam("size", size).get(path));
                expectProblem(failures, 400, path + "?page=10001&size=" + size,
                        () -> Callers.analyst().queryParam("page", "10001").queryParam("size", size).get(path));
            }
        }
        expectProblem(failures, 400, "needs as CSV, page=2147483647", () -> Callers.analyst().accept("text/csv")
                .queryParam("page", "2147483647").get("/api/v1/needs"));
        assertThat(failures).isEmpty();
        // The last page allowed is answered (empty).
        Callers.analyst().queryParam("page", "10000").queryParam("size", "200").get("/api/v1/needs")
                .then().statusCode(200);
        Callers.analyst().queryParam("page", "10000").queryParam("size", "200").get("/api/v1/assessments")
                .then().statusCode(200);
    }

    @Test
    void badQueryValuesAreProblems() {
        Map<String, List<Map<String, String>>> cases = Map.of(
                "/api/v1/assessments", List.of(
                        Map.of("page", ""), Map.of("size", ""), Map.of("period", ""), Map.of("page", "-1"),
                        Map.of("size", "0"), Map.of("size", "-5"), Map.of("size", "99999999999"),
                        Map.of("size", "2147483648"), Map.of("page", "1e3"), Map.of("period", "-1"),
                        Map.of("period", "99999"), Map.of("period", "2147483648"), Map.of("period", "1999"),
                        Map.of("period", "twenty"), Map.of("status", ""), Map.of("status", "UNKNOWN"),
                        Map.of("origin", ""), Map.of("state", ""), Map.of("state", LONG), Map.of("limit", ""),
                        Map.of("limit", "10")),
                "/api/v1/needs", List.of(
                        Map.of("page", ""), Map.of("size", "201"), Map.of("size", "-1"), Map.of("area", ""),
                        Map.of("area", "XII"), Map.of("activity", ""), Map.of("activity", LONG),
                        Map.of("priority", "low"), Map.of("priority", ""), Map.of("kind", ""), Map.of("region", ""),
                        Map.of("region", LONG), Map.of("state", "ken"), Map.of("limit", "")),
                "/api/v1/states", List.of(
                        Map.of("region", ""), Map.of("membership", ""), Map.of("membership", LONG),
                        Map.of("language", ""), Map.of("legalTradition", "roman-law"), Map.of("unStatus", ""),
                        Map.of("limit", "")));
        List<String> failures = new ArrayList<>();
        cases.forEach((path, queries) -> queries.forEach(query -> {
            expectProblem(failures, 400, path + " " + brief(query), () -> Callers.analyst().queryParams(query).get(path));
            if (path.equals("/api/v1/needs")) {
                expectProblem(failures, 400, path + " as CSV " + brief(query),
                        () -> Callers.analyst().accept("text/csv").queryParams(query).get(path));
            }
        }));
        assertThat(failures).isEmpty();
    }

    @Test
    void badPathsAndHeadersAreProblems() {
        String draft = Callers.state("POL").body(Map.of("period", 2026)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        List<String> failures = new ArrayList<>();
        for (String id : List.of("not-a-uuid", LONG, "00000000-0000-0000-0000-000000000000", "%20")) {
            expectProblem(failures, 404, "GET assessment " + brief(id), () -> Callers.analyst().get("/api/v1/assessments/" + id));
            expectProblem(failures, 404, "GET needs of " + brief(id), () -> Callers.analyst().get("/api/v1/assessments/" + id + "/needs"));
            expectProblem(failures, 404, "POST submit " + brief(id), () -> Callers.state("POL").post("/api/v1/assessments/" + id + "/submit"));
        }
        expectProblem(failures, 404, "a state with a long code", () -> Callers.analyst().get("/api/v1/states/" + LONG));
        expectProblem(failures, 404, "progress of a state with a long code", () -> Callers.analyst().get("/api/v1/states/" + LONG + "/progress"));
        expectProblem(failures, 422, "an answer to a long activity", () -> Callers.state("POL")
                .body(Map.of("status", "IMPLEMENTED")).put("/api/v1/assessments/" + draft + "/answers/" + LONG));
        for (String etag : List.of("\"abc\"", "\"99999999999999999999999\"", "W/", "\"1\", \"2\"")) {
            expectProblem(failures, 400, "If-Match " + etag, () -> Callers.state("POL").header("If-Match", etag)
                    .body(Map.of("visibility", "PUBLIC")).put("/api/v1/assessments/" + draft));
        }
        expectProblem(failures, 412, "If-Match of another version", () -> Callers.state("POL").header("If-Match", "\"-1\"")
                .body(Map.of("visibility", "PUBLIC")).put("/api/v1/assessments/" + draft));
        assertThat(failures).isEmpty();
        Callers.state("POL").header("If-Match", "*").body(Map.of("visibility", "PUBLIC"))
                .put("/api/v1/assessments/" + draft).then().statusCode(200);
    }

    @Test
    void badBodiesAreProblems() {
        String draft = Callers.state("CZE").body(Map.of("period", 2026)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        String fin = Checklist.FINANCING_CONVENTION;
        List<String> bodies = List.of(
                "{\"period\": 99999999999999999999}", "{\"period\": -2147483648}", "{\"period\": 2147483647}",
                "{\"period\": 1e400}", "{\"period\": \"2026\"}", "{\"period\": 2026, \"unknown\": 1}",
                "{\"period\": 2026, \"answers\": \"all\"}", "{\"period\": 2026, \"answers\": [[]]}",
                "{\"period\": 2026, \"answers\": [{\"activity\": \"V.4\", \"status\": \"IMPLEMENTED\", \"evidence\": [1]}]}",
                "{\"period\": 2026, \"answers\": [{\"activity\": \"V.4\", \"status\": \"IMPLEMENTED\", \"assistanceNeeded\": \"yes\"}]}",
                "{\"period\": 2026, \"ratifications\": [{\"instrument\": \"" + fin + "\", \"status\": \"PARTY\", \"signedOn\": \"+999999999-12-31\"}]}",
                "{\"period\": 2026, \"ratifications\": [{\"instrument\": \"" + fin + "\", \"status\": \"PARTY\", \"signedOn\": \"0001-01-01\"}]}",
                "{\"period\": 2026, \"ratifications\": [{\"instrument\": \"" + fin + "\", \"status\": \"PARTY\", \"consentOn\": \"9999-12-31\"}]}",
                "{\"period\": 2026, \"ratifications\": [{\"instrument\": \"" + fin + "\", \"status\": \"PARTY\", \"consentOn\": \"\"}]}",
                "{\"period\": 2026, \"statements\": [{\"text\": \"" + LONG + "\", \"areas\": [\"\"]}]}",
                "{\"period\": 2026, \"statements\": [{\"text\": \"\\u0000\", \"activities\": [\"" + LONG + "\"]}]}",
                "[]", "\"text\"", "null", "{", "{\"period\": 2026, \"visibility\": \"\"}",
                "{\"state\": \"\", \"period\": 2026}", "{\"state\": null, \"period\": null}");
        List<String> failures = new ArrayList<>();
        for (String body : bodies) {
            expectClientError(failures, "POST " + brief(body), () -> Callers.state("CZE").body(body).post("/api/v1/assessments"));
            if (!body.startsWith("{\"state\": null")) { // leaving them out is how a replacement keeps them
                expectClientError(failures, "PUT " + brief(body), () -> Callers.state("CZE").body(body).put("/api/v1/assessments/" + draft));
            }
        }
        for (String body : List.of("{\"status\": \"" + LONG + "\"}", "{\"status\": null, \"evidence\": [null, \"\"]}",
                "{\"activity\": \"" + LONG + "\", \"status\": \"IMPLEMENTED\"}", "[]", "{\"priority\": 7}")) {
            expectClientError(failures, "PUT answer " + brief(body), () -> Callers.state("CZE").body(body)
                    .put("/api/v1/assessments/" + draft + "/answers/V.4"));
        }
        for (String body : List.of("{\"comment\": 5}", "{\"comment\": \"" + LONG + LONG + "\"}", "[]", "{\"other\": 1}")) {
            expectClientError(failures, "POST return " + brief(body), () -> Callers.admin().body(body)
                    .post("/api/v1/assessments/" + draft + "/return"));
        }
        assertThat(failures).isEmpty();
        Callers.state("CZE").get("/api/v1/assessments").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    private static void expectProblem(List<String> failures, int status, String label, Supplier<Response> request) {
        Response r = request.get();
        if (r.statusCode() != status || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(label + ": " + r.statusCode() + " " + r.contentType() + " " + brief(r.asString()));
        }
    }

    private static void expectClientError(List<String> failures, String label, Supplier<Response> request) {
        Response r = request.get();
        if (r.statusCode() < 400 || r.statusCode() > 499
                || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(label + ": " + r.statusCode() + " " + r.contentType() + " " + brief(r.asString()));
        }
    }

    private static String brief(Object value) {
        String s = String.valueOf(value);
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }

}
