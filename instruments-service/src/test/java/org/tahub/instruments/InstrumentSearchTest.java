package org.tahub.instruments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Compendium's instruments: counts, facts from the public record, facets and ranked full-text search. */
@QuarkusTest
class InstrumentSearchTest {

    @Test
    void partAHoldsFortyNineEntriesAndPartCTwentySeven() {
        // Counted by Compendium reference: curators may add instruments beyond the Compendium (other tests do).
        List<String> partA = given().queryParam("part", "A").queryParam("size", 200).get("/api/v1/instruments")
                .then().statusCode(200).body("items.part", everyItem(equalTo("A")))
                .body("items[0].compendiumRef", equalTo("A.1.1"))
                .body("items[9].compendiumRef", equalTo("A.1.10"))
                .extract().jsonPath().getList("items.compendiumRef");
        org.assertj.core.api.Assertions.assertThat(partA.stream().filter(java.util.Objects::nonNull))
                .hasSize(49).doesNotHaveDuplicates().allMatch(r -> r.matches("A\\.[1-5]\\.\\d+"));
        List<String> partC = given().queryParam("part", "C").queryParam("size", 200).get("/api/v1/instruments")
                .then().statusCode(200).extract().jsonPath().getList("items.compendiumRef");
        org.assertj.core.api.Assertions.assertThat(partC.stream().filter(java.util.Objects::nonNull))
                .hasSize(27).doesNotHaveDuplicates().contains("C.1", "C.27");
        given().queryParam("section", "A.1").get("/api/v1/instruments").then().body("total", equalTo(12));
        given().queryParam("section", "A.2").get("/api/v1/instruments").then().body("total", equalTo(8));
        given().queryParam("section", "A.3").get("/api/v1/instruments").then().body("total", equalTo(11));
        given().queryParam("section", "A.5").get("/api/v1/instruments").then().body("total", equalTo(7));
    }

    @Test
    void factsFollowThePublicRecordAndSayWhereTheSeedDiffers() {
        given().get("/api/v1/instruments/hague-convention-1970").then().statusCode(200)
                .body("title", equalTo("Convention for the Suppression of Unlawful Seizure of Aircraft"))
                .body("adoptedOn", equalTo("1970-12-16")).body("adoptedAt", equalTo("The Hague"))
                .body("seedNote", notNullValue());
        given().get("/api/v1/instruments/airports-protocol-1988").then().statusCode(200)
                .body("adoptedOn", equalTo("1988-02-24")).body("seedNote", notNullValue())
                .body("relations", hasItem(java.util.Map.of("type", "supplements", "target", "montreal-convention-1971")));
        given().get("/api/v1/instruments/plastic-explosives-convention-1991").then().statusCode(200)
                .body("title", containsString("for the Purpose of Detection"));
        given().get("/api/v1/instruments/terrorist-financing-convention-1999").then().statusCode(200)
                .body("adoptedOn", equalTo("1999-12-09")).body("entryIntoForce", equalTo("2002-04-10"))
                .body("depositary", containsString("Secretary-General of the United Nations"))
                .body("areas", hasItem("V")).body("offenceGroups", hasItem("III.A.5"));
    }

    @Test
    void lookupByCompendiumReference() {
        given().queryParam("compendiumRef", "A.1.6").get("/api/v1/instruments").then().statusCode(200)
                .body("items[0].slug", equalTo("hostages-convention-1979"));
        given().queryParam("compendiumRef", "A.9.9").get("/api/v1/instruments").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void searchRanksTheMostRelevantFirst() {
        given().queryParam("q", "hostages").get("/api/v1/instruments").then().statusCode(200)
                .body("items[0].slug", equalTo("hostages-convention-1979"));
        List<String> top = given().queryParam("q", "financing of terrorism").get("/api/v1/instruments").then()
                .statusCode(200).extract().jsonPath().getList("items.slug");
        org.assertj.core.api.Assertions.assertThat(top.subList(0, Math.min(3, top.size())))
                .contains("terrorist-financing-convention-1999");
    }

    @Test
    void facetsCombine() {
        given().queryParam("body", "ICAO").queryParam("part", "A").get("/api/v1/instruments").then().statusCode(200)
                .body("items.adoptingBody", everyItem(equalTo("ICAO")))
                .body("items.slug", org.hamcrest.Matchers.containsInAnyOrder("tokyo-convention-1963",
                        "hague-convention-1970", "montreal-convention-1971", "airports-protocol-1988",
                        "plastic-explosives-convention-1991"));
        given().queryParam("area", "V").queryParam("section", "A.1").get("/api/v1/instruments").then()
                .statusCode(200).body("items.slug", hasItem("terrorist-financing-convention-1999"));
        given().queryParam("yearFrom", 2000).queryParam("yearTo", 2001).queryParam("sort", "adoptedYear")
                .get("/api/v1/instruments").then().statusCode(200)
                .body("items.adoptedYear", everyItem(org.hamcrest.Matchers.both(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(2000)).and(org.hamcrest.Matchers.lessThanOrEqualTo(2001))));
        given().queryParam("size", 5).queryParam("page", 1).get("/api/v1/instruments").then().statusCode(200)
                .body("items", hasSize(5)).body("page", equalTo(1))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(76));
        // An empty page or size, as a form left blank sends it, is the default, not an error.
        given().queryParam("page", "").queryParam("size", "").get("/api/v1/instruments").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        given().queryParam("part", "B").get("/api/v1/instruments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("query.part"));
        given().queryParam("size", 1000).get("/api/v1/instruments").then().statusCode(400)
                .body("errors[0].field", equalTo("query.size"));
        given().queryParam("sort", "colour").get("/api/v1/instruments").then().statusCode(400)
                .body("errors[0].field", equalTo("query.sort"));
        given().queryParam("yearFrom", "nineteen").get("/api/v1/instruments").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/instruments/no-such-treaty").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
