package org.tahub.instruments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tahub.edge.paging.PageRequest;

/**
 * What a fuzzer driven by the OpenAPI document sends: huge, negative and empty numbers, empty and overlong strings,
 * NUL characters, unknown enum values, dates far in the past or future, null list elements, pages far beyond the
 * last. Each is refused with a 4xx {@code application/problem+json}, never answered with a 5xx.
 */
@QuarkusTest
class ClientInputNeverCausesAServerErrorTest {

    private static final String LONG = "x".repeat(3000);
    private static final String NUL = "\u0000";

    /** Every refusal, collected so that one run names every input that failed. */
    private final List<String> failures = new ArrayList<>();

    private void refused(String what, Response r) {
        if (r.statusCode() < 400 || r.statusCode() >= 500
                || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(what + " -> " + r.statusCode() + " " + r.contentType() + " " + r.asString());
        }
    }

    private void noServerError(String what, Response r) {
        if (r.statusCode() >= 500 || (r.statusCode() >= 400
                && !String.valueOf(r.contentType()).startsWith("application/problem+json"))) {
            failures.add(what + " -> " + r.statusCode() + " " + r.contentType() + " " + r.asString());
        }
    }

    private void assertNoFailures() {
        assertThat(failures).as("inputs answered with a 5xx or without a problem").isEmpty();
    }

    private static Response query(String path, String name, String value) {
        return given().queryParam(name, value).get(path);
    }

    @Test
    void pagesFarBeyondTheLastAndHugeOrNegativeNumbersAreProblems() {
        for (String page : List.of("2147483647", "2147483648", "99999999999999999999", "-1", "-2147483648", "1e3",
                "0x10", "1.5", Integer.toString(PageRequest.MAX_PAGE + 1))) {
            refused("page=" + page, query("/api/v1/instruments", "page", page));
            for (String size : List.of("1", "20", "200")) {
                refused("page=" + page + "&size=" + size, given().queryParam("page", page).queryParam("size", size)
                        .get("/api/v1/instruments"));
            }
        }
        for (String size : List.of("0", "-1", "201", "2147483647", "-2147483648", "99999999999999999999", "1.5")) {
            refused("size=" + size, query("/api/v1/instruments", "size", size));
        }
        for (String year : List.of("-2147483648", "2147483647", "99999999999", "-1", "0", "1899", "2101", "MMV")) {
            refused("yearFrom=" + year, query("/api/v1/instruments", "yearFrom", year));
            refused("yearTo=" + year, query("/api/v1/instruments", "yearTo", year));
        }
        assertNoFailures();
        // The last page that may be asked for is still an answer, with the total.
        given().queryParam("page", PageRequest.MAX_PAGE).queryParam("size", 200).get("/api/v1/instruments").then()
                .statusCode(200).body("items.size()", equalTo(0)).body("page", equalTo(PageRequest.MAX_PAGE));
    }

    @Test
    void unknownOverlongAndNulQueryValuesAreProblemsAndBlankOnesNoFilter() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("/api/v1/instruments", List.of("part", "scope", "status", "sort", "area", "kind"));
        lists.put("/api/v1/activities", List.of("area"));
        lists.put("/api/v1/tools", List.of("category", "area", "kind", "language"));
        lists.forEach((path, enumLike) -> {
            for (String name : enumLike) {
                // A blank value, as a form left empty sends it, is no filter.
                noServerError(path + "?" + name + "=", query(path, name, ""));
                noServerError(path + "?" + name + "=blank", query(path, name, "  "));
                refused(path + "?" + name + "=unknown", query(path, name, "no-such-value"));
                refused(path + "?" + name + "=long", query(path, name, LONG));
                refused(path + "?" + name + "=NUL", query(path, name, NUL));
            }
            refused(path + "?colour=red", query(path, "colour", "red"));
        });
        Map<String, List<String>> free = new LinkedHashMap<>();
        free.put("/api/v1/instruments", List.of("section", "body", "activity", "q", "compendiumRef"));
        free.put("/api/v1/activities", List.of("q"));
        free.put("/api/v1/tools", List.of("activity", "instrument", "publisher", "q"));
        free.forEach((path, names) -> {
            for (String name : names) {
                noServerError(path + "?" + name + "=", query(path, name, ""));
                refused(path + "?" + name + "=long", query(path, name, LONG));
                refused(path + "?" + name + "=NUL", query(path, name, "a" + NUL + "b"));
                noServerError(path + "?" + name + "=symbols", query(path, name, "\"'-!&|:*()<>\\ or -"));
                noServerError(path + "?" + name + "=unicode", query(path, name, "\uD83D\uDE00 \u202E \uFFFF"));
            }
        });
        assertNoFailures();
    }

    @Test
    void odditiesInPathIdsAreProblems() {
        List<String> ids = List.of("%00", "a%00b", "%C0%AF", "%F0%9F%98%80", "x".repeat(2000), "..%2F..%2Fetc",
                "%20", "A.1.6%27%3B--");
        for (String id : ids) {
            for (String path : List.of("/api/v1/areas/", "/api/v1/activities/", "/api/v1/instruments/",
                    "/api/v1/tools/")) {
                refused(path + id, given().urlEncodingEnabled(false).get(path + id));
            }
            refused("history " + id, given().urlEncodingEnabled(false).get("/api/v1/instruments/" + id + "/history"));
            refused("activity history " + id,
                    given().urlEncodingEnabled(false).get("/api/v1/activities/" + id + "/history"));
            refused("retire " + id, given().urlEncodingEnabled(false).header("If-Match", "\"0\"")
                    .post("/api/v1/instruments/" + id + "/retire"));
            refused("update activity " + id, given().urlEncodingEnabled(false).header("If-Match", "\"0\"")
                    .contentType(ContentType.JSON).body(Map.of("title", "New"))
                    .put("/api/v1/activities/" + id));
        }
        assertNoFailures();
    }

    @Test
    void oddIfMatchHeadersAreProblems() {
        for (String ifMatch : List.of("*", "\"\"", "W/\"x\"", "\"99999999999999999999\"", "\"-1\"", LONG, "\"1\", \"2\"")) {
            refused("If-Match " + ifMatch.length(), given().contentType(ContentType.JSON).header("If-Match", ifMatch)
                    .body(Map.of("title", "New")).put("/api/v1/activities/X.1"));
            refused("retire If-Match " + ifMatch.length(), given().header("If-Match", ifMatch)
                    .post("/api/v1/instruments/hostages-convention-1979/retire"));
        }
        assertNoFailures();
    }

    private static Map<String, Object> instrument(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("part", "A");
        body.put("title", "Convention on hostile input");
        body.put("kind", "convention");
        body.put("scope", "regional");
        body.put("adoptedYear", 2005);
        return body;
    }

    private static final java.util.concurrent.atomic.AtomicInteger BODIES = new java.util.concurrent.atomic.AtomicInteger();

    /** A valid instrument of its own slug (so that no refusal is a duplicate slug), but for one field. */
    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = instrument("hostile-body-" + BODIES.incrementAndGet());
        body.put(field, value);
        return body;
    }

    @Test
    void hostileInstrumentBodiesAreProblems() {
        List<Map<String, Object>> refused = new ArrayList<>();
        List<Map<String, Object>> accepted = new ArrayList<>();
        for (String list : List.of("relations", "areas", "offenceGroups", "activities", "keywords", "sources")) {
            refused.add(with(list, Arrays.asList((Object) null)));
            refused.add(with(list, java.util.Collections.nCopies(1000, "V")));
        }
        for (String list : List.of("areas", "offenceGroups", "activities", "keywords", "sources")) {
            refused.add(with(list, List.of(LONG)));
            refused.add(with(list, List.of("a" + NUL)));
            refused.add(with(list, List.of("")));
        }
        refused.add(with("relations", List.of(Map.of("type", "supplements", "target", LONG))));
        refused.add(with("relations", List.of(Map.of("type", "supplements", "target", NUL))));
        refused.add(with("relations", List.of(Map.of("type", LONG, "target", "hostages-convention-1979"))));
        refused.add(with("relations", List.of(Map.of("type", "eats", "target", "hostages-convention-1979"))));
        refused.add(with("relations", List.of(new HashMap<>())));
        for (String field : List.of("slug", "compendiumRef", "part", "section", "title", "shortName", "kind", "scope",
                "adoptingBody", "adoptedAt", "depositary", "citation", "description", "seedNote")) {
            refused.add(with(field, "x".repeat(5000)));
            refused.add(with(field, "a" + NUL + "b"));
            refused.add(with(field, List.of("not", "a", "string")));
            (List.of("slug", "part", "title", "kind", "scope", "compendiumRef").contains(field) ? refused : accepted)
                    .add(with(field, ""));
        }
        refused.add(with("compendiumRef", "A.1234567890123456789"));
        for (Object year : List.of(-2147483648L, 2147483648L, 1e20, "MMV", 0, 1899, 2101)) {
            refused.add(with("adoptedYear", year));
        }
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "1850-01-01",
                "2300-01-01", "2005-02-30", "16/05/2005")) {
            refused.add(with("adoptedOn", date));
            refused.add(with("entryIntoForce", date));
        }
        accepted.add(with("entryIntoForce", ""));
        for (Map<String, Object> body : refused) {
            refused("POST " + describe(body), given().contentType(ContentType.JSON).body(body)
                    .post("/api/v1/instruments"));
        }
        for (Map<String, Object> body : accepted) {
            noServerError("POST " + describe(body), given().contentType(ContentType.JSON).body(body)
                    .post("/api/v1/instruments"));
        }
        for (String raw : List.of("null", "[]", "\"x\"", "42", "{", "{\"relations\": {}}", "{\"adoptedYear\": []}",
                "{\"title\": {\"a\": 1}}", "[".repeat(5000), "{\"a\":".repeat(5000))) {
            refused("POST raw " + raw.substring(0, Math.min(20, raw.length())), given().contentType(ContentType.JSON)
                    .body(raw).post("/api/v1/instruments"));
        }
        assertNoFailures();
    }

    @Test
    void hostileUpdatesAreProblemsAndChangeNothing() {
        String slug = "hostile-update";
        String etag = given().contentType(ContentType.JSON).body(instrument(slug)).post("/api/v1/instruments").then()
                .statusCode(201).extract().header("ETag");
        List<Map<String, Object>> bodies = new ArrayList<>();
        bodies.add(with("relations", Arrays.asList((Object) null)));
        bodies.add(with("entryIntoForce", "+999999999-12-31"));
        bodies.add(with("title", NUL));
        bodies.add(with("compendiumRef", "A.1234567890123456789"));
        for (Map<String, Object> body : bodies) {
            body.put("slug", slug);
            refused("PUT " + describe(body), given().contentType(ContentType.JSON).header("If-Match", etag)
                    .body(body).put("/api/v1/instruments/" + slug));
        }
        String activityTag = given().get("/api/v1/activities/X.1").then().extract().header("ETag");
        List<Object> activityBodies = new ArrayList<>();
        activityBodies.add(Map.of("title", "a" + NUL));
        activityBodies.add(Map.of("title", "New", "description", NUL));
        activityBodies.add(Map.of("title", "New", "keywords", Arrays.asList((Object) null)));
        activityBodies.add(Map.of("title", "New", "keywords", List.of(NUL)));
        activityBodies.add(Map.of("title", "New", "keywords", java.util.Collections.nCopies(1000, "k")));
        activityBodies.add(Map.of("title", "x".repeat(100_000)));
        for (Object body : activityBodies) {
            refused("PUT activity " + describe(body), given().contentType(ContentType.JSON)
                    .header("If-Match", activityTag).body(body).put("/api/v1/activities/X.1"));
        }
        assertNoFailures();
        given().get("/api/v1/instruments/" + slug).then().header("ETag", etag);
        given().get("/api/v1/activities/X.1").then().header("ETag", activityTag);
    }

    @Test
    void unknownFieldsNeverCauseAServerError() {
        Map<String, Object> body = instrument("hostile-unknown-field");
        body.put("colour", "red");
        body.put("status", "RETIRED");
        body.put("version", 99);
        noServerError("unknown fields", given().contentType(ContentType.JSON).body(body).post("/api/v1/instruments"));
        assertNoFailures();
    }

    private static String describe(Object body) {
        Function<Object, String> shorten = v -> {
            String s = String.valueOf(v).replace(NUL, "\\0");
            return s.length() > 40 ? s.substring(0, 40) + "...(" + s.length() + ")" : s;
        };
        if (body instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder();
            m.forEach((k, v) -> {
                if (!k.equals("slug") && !String.valueOf(v).equals(String.valueOf(instrument("x").get(k)))) {
                    sb.append(k).append('=').append(shorten.apply(v)).append(' ');
                }
            });
            return sb.toString();
        }
        return shorten.apply(body);
    }
}
