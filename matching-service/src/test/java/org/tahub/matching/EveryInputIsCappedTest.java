package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every text and list a client sends has a cap suited to its meaning, and no list may hold null: each is refused with
 * a 422 problem naming the field, nothing is saved (a review stored a 100,000-character website and an offer for
 * 50,000 states; {@code "areas": [null]} was a 500).
 */
@QuarkusTest
class EveryInputIsCappedTest {

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void aNullInsideAListIsA422NamingItsPlace() {
        for (String list : List.of("areas", "activities", "languages", "eligibleStates", "eligibleRegions",
                "eligibleMemberships", "legalTraditions")) {
            Map<String, Object> offer = offer("unicri-null-element-test");
            List<String> withNull = new ArrayList<>();
            withNull.add(null);
            offer.put(list, withNull);
            refused(Callers.provider("unicri").body(offer).post("/api/v1/offers").then(), "body." + list + "[0]");
        }
        Callers.analyst().get("/api/v1/offers/unicri-null-element-test").then().statusCode(404);
    }

    @Test
    void overlongTextsAndListsAreRefusedAndNothingIsSaved() {
        Map<String, Object> provider = new HashMap<>(Map.of("id", "capped-website-test", "name", "A provider with a long address",
                "kind", "NGO", "website", "https://example.org/" + "a".repeat(100_000)));
        refused(Callers.admin().body(provider).post("/api/v1/providers").then(), "body.website");
        Callers.analyst().get("/api/v1/providers/capped-website-test").then().statusCode(404);
        refused(Callers.admin().body(Map.of("name", "x".repeat(301), "kind", "NGO")).put("/api/v1/providers/unicri").then(),
                "body.name");
        refused(Callers.admin().body(Map.of("id", "i".repeat(121), "name", "Long id", "kind", "NGO"))
                .post("/api/v1/providers").then(), "body.id");

        Map<String, Object> everywhere = offer("unicri-every-state-test");
        everywhere.put("eligibleStates", Collections.nCopies(50_000, "KEN"));
        refused(Callers.provider("unicri").body(everywhere).post("/api/v1/offers").then(), "body.eligibleStates");
        Callers.analyst().get("/api/v1/offers/unicri-every-state-test").then().statusCode(404);

        for (Map.Entry<String, Object> tooMuch : Map.<String, Object>of(
                "title", "t".repeat(201),
                "description", "d".repeat(4001),
                "costNote", "c".repeat(501),
                "periodStart", "2026-01-01T00:00:00Z",
                "activities", List.of("V.4".repeat(8)),
                "areas", Arrays.asList("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "I"),
                "languages", List.of("en", "fr", "es", "ar", "ru", "zh", "en")).entrySet()) {
            Map<String, Object> offer = offer("unicri-overlong-test");
            offer.put(tooMuch.getKey(), tooMuch.getValue());
            String field = tooMuch.getValue() instanceof List<?> l && l.size() == 1 ? "body." + tooMuch.getKey() + "[0]"
                    : "body." + tooMuch.getKey();
            refused(Callers.provider("unicri").body(offer).post("/api/v1/offers").then(), field);
        }

        String engagement = UUID.randomUUID().toString();
        refused(Callers.provider("unicri").body(Map.of("outcome", "o".repeat(4001)))
                .post("/api/v1/engagements/" + engagement + "/complete").then(), "body.outcome");
        refused(Callers.state("KEN").body(Map.of("rating", 4, "comment", "c".repeat(4001)))
                .post("/api/v1/engagements/" + engagement + "/evaluate").then(), "body.comment");
        refused(Callers.analyst().body(Map.of("text", "w".repeat(2001))).post("/api/v1/classify").then(), "body.text");
    }

    private static void refused(ValidatableResponse response, String field) {
        List<String> fields = response.statusCode(422).contentType("application/problem+json").extract().jsonPath()
                .getList("errors.field", String.class);
        assertThat(fields).as("the fields named").contains(field);
    }

    private static Map<String, Object> offer(String id) {
        Map<String, Object> o = new HashMap<>();
        o.put("id", id);
        o.put("title", "Mentoring of prosecutors in international cooperation cases");
        o.put("activities", List.of("VII.A.1"));
        o.put("modality", "MENTORING");
        o.put("languages", List.of("en"));
        o.put("capacity", 3);
        o.put("periodStart", "2026-01-01");
        o.put("periodEnd", "2027-06-30");
        return o;
    }
}
