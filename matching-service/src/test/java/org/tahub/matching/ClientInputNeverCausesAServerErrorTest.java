package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No input a client controls gives a 5xx or an answer that is not a problem: huge, negative and malformed numbers,
 * pages whose offset would overflow, unknown values, filters the database would refuse, overlong and control
 * characters, dates out of range, unknown fields and nulls; each is a 4xx {@code application/problem+json}. An empty
 * parameter ({@code ?limit=}) is its default.
 */
@QuarkusTest
class ClientInputNeverCausesAServerErrorTest {

    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final Set<Integer> NOT_FOUND = Set.of(404);
    private static final Set<Integer> INVALID = Set.of(422);
    /** Control characters: refused before any resource runs (400), or by the resource (404 for an id, 422 for a body). */
    private static final Set<Integer> REFUSED = Set.of(400, 404, 422);

    private record Probe(String name, Supplier<Response> call, Set<Integer> expected) {
    }

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void badQueryParametersArePlainProblems() {
        List<Probe> probes = new ArrayList<>();
        for (String page : List.of("2147483647", "2147483648", "10001", "-1", "abc", "1e3", "99999999999999999999")) {
            probes.add(get("offers page=" + page, "/api/v1/offers", Map.of("page", page), BAD_REQUEST));
            probes.add(get("offers page=" + page + " size=200", "/api/v1/offers", Map.of("page", page, "size", "200"), BAD_REQUEST));
            probes.add(get("matches page=" + page, "/api/v1/matches", Map.of("page", page), BAD_REQUEST));
            probes.add(get("matches page=" + page + " size=200", "/api/v1/matches", Map.of("page", page, "size", "200"), BAD_REQUEST));
        }
        for (String size : List.of("0", "-5", "201", "2147483648")) {
            probes.add(get("offers size=" + size, "/api/v1/offers", Map.of("size", size), BAD_REQUEST));
            probes.add(get("matches size=" + size, "/api/v1/matches", Map.of("size", size), BAD_REQUEST));
        }
        for (String limit : List.of("-1", "1001", "2147483648", "abc")) {
            probes.add(get("coordination limit=" + limit, "/api/v1/coordination", Map.of("limit", limit), BAD_REQUEST));
            probes.add(get("gaps limit=" + limit, "/api/v1/gaps", Map.of("limit", limit), BAD_REQUEST));
        }
        for (String limit : List.of("0", "5001", "99999999999", "-2147483648")) {
            probes.add(get("engagements limit=" + limit, "/api/v1/engagements", Map.of("limit", limit), BAD_REQUEST));
        }
        String longActivity = "V." + "1".repeat(500);
        String longProvider = "a".repeat(300);
        probes.addAll(List.of(
                get("offers area=XII", "/api/v1/offers", Map.of("area", "XII"), BAD_REQUEST),
                get("offers language=de", "/api/v1/offers", Map.of("language", "de"), BAD_REQUEST),
                get("offers modality=TELEPATHY", "/api/v1/offers", Map.of("modality", "TELEPATHY"), BAD_REQUEST),
                get("offers status=GONE", "/api/v1/offers", Map.of("status", "GONE"), BAD_REQUEST),
                get("offers long activity", "/api/v1/offers", Map.of("activity", longActivity), BAD_REQUEST),
                get("offers long provider", "/api/v1/offers", Map.of("provider", longProvider), BAD_REQUEST),
                get("offers provider NUL", "/api/v1/offers", Map.of("provider", "imf\u0000legal"), BAD_REQUEST),
                get("offers unknown parameter", "/api/v1/offers", Map.of("areas", "V"), BAD_REQUEST),
                get("providers unknown parameter", "/api/v1/providers", Map.of("kind", "NGO"), BAD_REQUEST),
                get("matches assessment not an id", "/api/v1/matches", Map.of("assessment", "nope"), BAD_REQUEST),
                get("matches state lower case", "/api/v1/matches", Map.of("state", "ken"), BAD_REQUEST),
                get("matches state NUL", "/api/v1/matches", Map.of("state", "K\u0000N"), BAD_REQUEST),
                get("matches need overlong", "/api/v1/matches", Map.of("need", "activity:" + "V".repeat(100)), BAD_REQUEST),
                get("matches status=NOPE", "/api/v1/matches", Map.of("status", "NOPE"), BAD_REQUEST),
                get("matches provider NUL", "/api/v1/matches", Map.of("provider", "\u0000"), BAD_REQUEST),
                get("by-need without assessment", "/api/v1/matches/by-need", Map.of(), BAD_REQUEST),
                get("by-need assessment empty", "/api/v1/matches/by-need", Map.of("assessment", ""), BAD_REQUEST),
                get("by-need assessment not an id", "/api/v1/matches/by-need", Map.of("assessment", "x"), BAD_REQUEST),
                get("by-need unknown parameter", "/api/v1/matches/by-need",
                        Map.of("assessment", UUID.randomUUID().toString(), "state", "KEN"), BAD_REQUEST),
                get("coordination state NUL", "/api/v1/coordination", Map.of("state", "\u0000"), BAD_REQUEST),
                get("coordination area=XII", "/api/v1/coordination", Map.of("area", "XII"), BAD_REQUEST),
                get("coordination long activity", "/api/v1/coordination", Map.of("activity", longActivity), BAD_REQUEST),
                get("gaps region NUL", "/api/v1/gaps", Map.of("region", "0\u00002"), BAD_REQUEST),
                get("gaps area=0", "/api/v1/gaps", Map.of("area", "0"), BAD_REQUEST),
                get("engagements state NUL", "/api/v1/engagements", Map.of("state", "\u0000"), BAD_REQUEST),
                get("engagements provider upper case", "/api/v1/engagements", Map.of("provider", "UNICRI"), BAD_REQUEST),
                get("impact state NUL", "/api/v1/impact", Map.of("state", "KE\u0000"), BAD_REQUEST),
                get("impact state=kenya", "/api/v1/impact", Map.of("state", "kenya"), BAD_REQUEST),
                get("impact unknown parameter", "/api/v1/impact", Map.of("area", "V"), BAD_REQUEST)));
        assertAllProblems(probes);
    }

    @Test
    void badPathIdsAreNotFoundProblems() {
        assertAllProblems(List.of(
                get("offer id overlong", "/api/v1/offers/" + "x".repeat(300), Map.of(), NOT_FOUND),
                get("offer id upper case", "/api/v1/offers/IMF-LEGAL", Map.of(), NOT_FOUND),
                get("offer id NUL", "/api/v1/offers/imf%00legal", Map.of(), REFUSED),
                get("provider id NUL", "/api/v1/providers/%00", Map.of(), REFUSED),
                get("provider id overlong", "/api/v1/providers/" + "p".repeat(500), Map.of(), NOT_FOUND),
                get("match id not an id", "/api/v1/matches/not-a-uuid", Map.of(), NOT_FOUND),
                get("engagement id not an id", "/api/v1/engagements/not-a-uuid", Map.of(), NOT_FOUND),
                new Probe("withdraw offer id NUL", () -> Callers.admin().urlEncodingEnabled(false)
                        .post("/api/v1/offers/a%00b/withdraw"), REFUSED),
                new Probe("agree match not an id", () -> Callers.state("KEN").post("/api/v1/matches/1/agree"), NOT_FOUND)));
    }

    @Test
    void badBodiesAreProblems() {
        String missingMatch = "/api/v1/matches/" + UUID.randomUUID();
        String missingEngagement = "/api/v1/engagements/" + UUID.randomUUID();
        List<Probe> probes = new ArrayList<>(List.of(
                post("offer body null", Callers.provider("unicri"), "/api/v1/offers", "null", INVALID),
                post("offer body an array", Callers.provider("unicri"), "/api/v1/offers", "[]", BAD_REQUEST),
                post("offer body cut short", Callers.provider("unicri"), "/api/v1/offers", "{\"title\": ", BAD_REQUEST),
                post("offer areas a string", Callers.provider("unicri"), "/api/v1/offers", "{\"areas\": \"V\"}", BAD_REQUEST),
                post("offer capacity beyond int", Callers.provider("unicri"), "/api/v1/offers", "{\"capacity\": 2147483648}", BAD_REQUEST),
                post("offer cost beyond long", Callers.provider("unicri"), "/api/v1/offers",
                        "{\"indicativeCostUsd\": 99999999999999999999}", BAD_REQUEST),
                post("offer unknown field", Callers.provider("unicri"), "/api/v1/offers", "{\"status\": \"ACTIVE\"}", BAD_REQUEST),
                post("offer areas [null]", Callers.provider("unicri"), "/api/v1/offers", "{\"areas\": [null]}", INVALID),
                post("offer title with NUL", Callers.provider("unicri"), "/api/v1/offers", "{\"title\": \"a\\u0000b\"}", REFUSED),
                post("offer title with BEL", Callers.provider("unicri"), "/api/v1/offers", "{\"title\": \"a\\u0007b\"}", REFUSED),
                post("admin offer for provider NUL", Callers.admin(), "/api/v1/offers",
                        "{\"providerId\": \"\\u0000\", \"title\": \"x\"}", REFUSED),
                post("admin offer for an unknown provider", Callers.admin(), "/api/v1/offers",
                        json(offer(Map.of("providerId", "nobody-registered-here"))), INVALID),
                post("provider NUL in id", Callers.admin(), "/api/v1/providers",
                        "{\"id\": \"a\\u0000\", \"name\": \"n\", \"kind\": \"NGO\"}", REFUSED),
                post("provider website not an address", Callers.admin(), "/api/v1/providers",
                        "{\"id\": \"bad-website-test\", \"name\": \"n\", \"kind\": \"NGO\", \"website\": \"http://exa mple.org\"}", INVALID),
                post("provider headquarters not ISO3", Callers.admin(), "/api/v1/providers",
                        "{\"id\": \"bad-seat-test\", \"name\": \"n\", \"kind\": \"NGO\", \"headquarters\": \"KENYA\"}", INVALID),
                post("classify limit 0", Callers.analyst(), "/api/v1/classify", "{\"text\": \"FIU\", \"limit\": 0}", INVALID),
                post("classify limit beyond int", Callers.analyst(), "/api/v1/classify", "{\"text\": \"FIU\", \"limit\": 2147483648}", BAD_REQUEST),
                post("classify body null", Callers.analyst(), "/api/v1/classify", "null", INVALID),
                post("accept body null", Callers.provider("unicri"), missingMatch + "/accept", "null", NOT_FOUND),
                post("accept unknown field", Callers.provider("unicri"), missingMatch + "/accept", "{\"reasn\": \"x\"}", BAD_REQUEST),
                post("decline body an array", Callers.provider("unicri"), missingMatch + "/decline", "[1]", BAD_REQUEST),
                post("complete body null", Callers.provider("unicri"), missingEngagement + "/complete", "null", NOT_FOUND),
                post("evaluate rating beyond int", Callers.state("KEN"), missingEngagement + "/evaluate", "{\"rating\": 2147483648}", BAD_REQUEST),
                new Probe("offer If-Match not an ETag", () -> Callers.admin().header("If-Match", "\"abc\"").body("{}")
                        .put("/api/v1/offers/imf-legal-cft-drafting"), BAD_REQUEST),
                new Probe("offer If-Match beyond long", () -> Callers.admin().header("If-Match", "\"99999999999999999999\"").body("{}")
                        .put("/api/v1/offers/imf-legal-cft-drafting"), BAD_REQUEST)));
        for (String date : List.of("+99999-01-01", "9999-12-31", "0000-01-01", "-0001-01-01", "1900-02-30", "2026-13-01", "")) {
            probes.add(post("offer periodStart " + date, Callers.provider("unicri"), "/api/v1/offers",
                    json(offer(Map.of("periodStart", date))), INVALID));
        }
        probes.add(post("offer cost beyond a billion", Callers.provider("unicri"), "/api/v1/offers",
                json(offer(Map.of("indicativeCostUsd", Long.MAX_VALUE))), INVALID));
        probes.add(post("offer cost negative", Callers.provider("unicri"), "/api/v1/offers",
                json(offer(Map.of("indicativeCostUsd", Long.MIN_VALUE))), INVALID));
        assertAllProblems(probes);
        Callers.analyst().get("/api/v1/offers/unicri-input-probe").then().statusCode(404);
    }

    @Test
    void anEmptyParameterIsItsDefault() {
        for (var call : List.<Supplier<Response>>of(
                () -> Callers.analyst().queryParam("limit", "").get("/api/v1/coordination"),
                () -> Callers.analyst().queryParam("limit", "").get("/api/v1/gaps"),
                () -> Callers.analyst().queryParam("limit", "").get("/api/v1/engagements"),
                () -> Callers.analyst().queryParam("page", "").queryParam("size", "").get("/api/v1/offers"),
                () -> Callers.analyst().queryParam("page", "").queryParam("size", "").get("/api/v1/matches"),
                () -> Callers.analyst().queryParam("area", "").queryParam("status", "").get("/api/v1/offers"),
                () -> Callers.analyst().queryParam("priority", "").get("/api/v1/gaps"),
                () -> Callers.analyst().queryParam("format", "").queryParam("status", "").get("/api/v1/engagements"))) {
            call.get().then().statusCode(200);
        }
        // A provider with no engagement at all gets an empty IATI document, not a failed query.
        String xml = Callers.provider("no-engagements-provider").queryParam("format", "iati").get("/api/v1/engagements")
                .then().statusCode(200).contentType("application/xml").extract().asString();
        assertThat(xml).contains("<iati-activities").doesNotContain("<iati-activity ");
    }

    private static void assertAllProblems(List<Probe> probes) {
        List<String> wrong = new ArrayList<>();
        for (Probe probe : probes) {
            Response r = probe.call().get();
            String type = String.valueOf(r.contentType());
            if (!probe.expected().contains(r.statusCode()) || !type.startsWith("application/problem+json")) {
                wrong.add(probe.name() + ": " + r.statusCode() + " " + type + " " + abbreviated(r.asString()));
            }
        }
        assertThat(wrong).as("answers that are not the expected 4xx problem").isEmpty();
    }

    private static Probe get(String name, String path, Map<String, String> query, Set<Integer> expected) {
        return new Probe(name, () -> {
            RequestSpecification request = Callers.analyst();
            if (path.contains("%")) {
                request = request.urlEncodingEnabled(false);
            }
            query.forEach(request::queryParam);
            return request.get(path);
        }, expected);
    }

    private static Probe post(String name, RequestSpecification caller, String path, String body, Set<Integer> expected) {
        return new Probe(name, () -> caller.body(body).post(path), expected);
    }

    private static Map<String, Object> offer(Map<String, Object> changes) {
        Map<String, Object> o = new HashMap<>();
        o.put("id", "unicri-input-probe");
        o.put("providerId", "unicri");
        o.put("title", "Mentoring of prosecutors");
        o.put("activities", List.of("VII.A.1"));
        o.put("modality", "MENTORING");
        o.put("languages", List.of("en"));
        o.put("capacity", 3);
        o.put("periodStart", "2026-01-01");
        o.put("periodEnd", "2027-06-30");
        o.putAll(changes);
        return o;
    }

    private static String json(Map<String, Object> value) {
        try {
            return org.tahub.events.EventCodec.mapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
