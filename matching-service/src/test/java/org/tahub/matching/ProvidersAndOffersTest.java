package org.tahub.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tahub.matching.reference.DemoProviders;

/**
 * Providers publish and change their own offers only; offers are validated whole; the demonstration set is loaded,
 * marked as such, and loading it again adds nothing.
 */
@QuarkusTest
class ProvidersAndOffersTest {

    @Inject
    DemoProviders demo;

    @BeforeEach
    void catalogue() {
        CatalogueFixture.ensurePublished();
    }

    @Test
    void theDemonstrationSetIsLoadedAndMarked() {
        var providers = Callers.analyst().get("/api/v1/providers").then().statusCode(200).extract().jsonPath();
        assertThat(providers.getList("id", String.class)).contains("unodc-tpb", "imf-legal", "oas-cicte", "au-acsrt");
        assertThat(providers.getList("demonstration", Boolean.class)).contains(true);
        Callers.state("KEN").queryParam("area", "V").queryParam("size", "200").get("/api/v1/offers").then().statusCode(200)
                .body("items.areas", everyItem(hasItem("V"))).body("items.providerId", hasItem("imf-legal"));
        Callers.state("KEN").queryParam("provider", "imf-legal").get("/api/v1/offers").then().statusCode(200)
                .body("items.demonstration", everyItem(equalTo(true)));
        Callers.state("KEN").queryParam("modality", "ONLINE_COURSE").get("/api/v1/offers").then().statusCode(200)
                .body("items.modality", everyItem(equalTo("ONLINE_COURSE")));
        assertThat(demo.load()).isZero();
    }

    @Test
    void aProviderPublishesAndChangesOnlyItsOwnOffers() {
        Map<String, Object> offer = offer("unicri-mentoring-prosecutors-test");
        String location = Callers.provider("unicri").body(offer).post("/api/v1/offers").then().statusCode(201)
                .body("providerId", equalTo("unicri"), "areas", equalTo(List.of("VII", "X")), "status", equalTo("ACTIVE"))
                .extract().header("Location");
        assertThat(location).endsWith("/api/v1/offers/unicri-mentoring-prosecutors-test");

        // Another provider may read it, not change or withdraw it, nor publish in unicri's name.
        offer.put("capacity", 1);
        Callers.provider("icclr").body(offer).put("/api/v1/offers/unicri-mentoring-prosecutors-test").then()
                .statusCode(403).contentType("application/problem+json");
        Callers.provider("icclr").post("/api/v1/offers/unicri-mentoring-prosecutors-test/withdraw").then().statusCode(403);
        Map<String, Object> impostor = offer("unicri-impostor-offer");
        impostor.put("providerId", "unicri");
        Callers.provider("icclr").body(impostor).post("/api/v1/offers").then().statusCode(403);
        Callers.state("KEN").body(offer("ken-offer")).post("/api/v1/offers").then().statusCode(403);

        Callers.provider("unicri").body(offer).header("If-Match", "\"0\"").put("/api/v1/offers/unicri-mentoring-prosecutors-test")
                .then().statusCode(200).body("capacity", equalTo(1), "version", equalTo(1));
        Callers.provider("unicri").body(offer).header("If-Match", "\"0\"").put("/api/v1/offers/unicri-mentoring-prosecutors-test")
                .then().statusCode(412);
        Callers.provider("unicri").post("/api/v1/offers/unicri-mentoring-prosecutors-test/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Callers.analyst().queryParam("provider", "unicri").get("/api/v1/offers").then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem("unicri-mentoring-prosecutors-test")));
    }

    @Test
    void anInvalidOfferIsRefusedWholeWithEveryFieldNamed() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("id", "Not A Slug");
        bad.put("activities", List.of("V.99", "VII.A.1"));
        bad.put("areas", List.of("XII"));
        bad.put("modality", "TELEPATHY");
        bad.put("languages", List.of("de"));
        bad.put("eligibleRegions", List.of("Africa"));
        bad.put("legalTraditions", List.of("roman"));
        bad.put("capacity", 0);
        bad.put("periodStart", "2027-01-01");
        bad.put("periodEnd", "2026-01-01");
        var fields = Callers.provider("unicri").body(bad).post("/api/v1/offers").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath().getList("errors.field", String.class);
        assertThat(fields).contains("body.id", "body.title", "body.activities[0]", "body.areas[0]", "body.modality",
                "body.languages[0]", "body.eligibleRegions[0]", "body.legalTraditions[0]", "body.capacity", "body.periodEnd");
        Callers.provider("unicri").body(Map.of("title", "x", "status", "ACTIVE")).post("/api/v1/offers").then().statusCode(400)
                .body("errors[0].field", equalTo("body.status"));
    }

    @Test
    void onlyAnAdminRegistersAProviderAndAProviderEditsOnlyItsOwnProfile() {
        Map<String, Object> p = Map.of("id", "example-institute-test", "name", "Example Institute", "kind", "INSTITUTE");
        Callers.provider("unicri").body(p).post("/api/v1/providers").then().statusCode(403);
        Callers.admin().body(p).post("/api/v1/providers").then().statusCode(201).body("activeOffers", equalTo(0));
        Callers.admin().body(p).post("/api/v1/providers").then().statusCode(409);
        Callers.provider("unicri").body(Map.of("name", "Renamed", "kind", "NGO")).put("/api/v1/providers/example-institute-test")
                .then().statusCode(403);
        Callers.provider("example-institute-test").body(Map.of("name", "Example Institute of Criminal Justice", "kind", "INSTITUTE"))
                .put("/api/v1/providers/example-institute-test").then().statusCode(200)
                .body("name", containsString("Criminal Justice"));
    }

    private static Map<String, Object> offer(String id) {
        Map<String, Object> o = new HashMap<>();
        o.put("id", id);
        o.put("title", "Mentoring of prosecutors in international cooperation cases");
        o.put("description", "A mentor sits with the central authority for six months.");
        o.put("activities", List.of("VII.A.1"));
        o.put("areas", List.of("X"));
        o.put("modality", "MENTORING");
        o.put("languages", List.of("en", "fr"));
        o.put("capacity", 3);
        o.put("periodStart", "2026-01-01");
        o.put("periodEnd", "2027-06-30");
        o.put("indicativeCostUsd", 80000);
        return o;
    }
}
