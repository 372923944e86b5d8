package org.tahub.assessments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The states registry: who may assess themselves, where they are, what they belong to. */
@QuarkusTest
class StatesApiTest {

    @Test
    void theRegistryHoldsThe193MemberStatesAndTheTwoObservers() {
        given().get("/api/v1/states").then().statusCode(200).body("$", hasSize(195));
        given().queryParam("unStatus", "member").get("/api/v1/states").then().statusCode(200).body("$", hasSize(193));
        given().queryParam("unStatus", "observer").get("/api/v1/states").then().statusCode(200)
                .body("iso3", hasItems("VAT", "PSE")).body("$", hasSize(2));
    }

    @Test
    void aStateCarriesItsM49RegionsLanguagesTraditionAndMemberships() {
        given().get("/api/v1/states/KEN").then().statusCode(200)
                .body("name", equalTo("Kenya")).body("m49", equalTo("404"))
                .body("region.code", equalTo("002")).body("subRegion.code", equalTo("202"))
                .body("intermediateRegion.code", equalTo("014"))
                .body("unLanguages", hasItem("en")).body("memberships", hasItems("AU", "COMMONWEALTH"));
        given().get("/api/v1/states/CYP").then().statusCode(200).body("region.code", equalTo("142"))
                .body("subRegion.code", equalTo("145"));
    }

    @Test
    void statesAreFoundByRegionAndMembership() {
        given().queryParam("region", "014").get("/api/v1/states").then().statusCode(200)
                .body("intermediateRegion.code", everyItem(equalTo("014"))).body("iso3", hasItem("KEN"));
        given().queryParam("membership", "ASEAN").get("/api/v1/states").then().statusCode(200)
                .body("$", hasSize(11)).body("iso3", hasItems("IDN", "TLS"));
        given().queryParam("membership", "EU").get("/api/v1/states").then().statusCode(200).body("$", hasSize(27));
        given().queryParam("region", "019").queryParam("language", "es").get("/api/v1/states").then()
                .statusCode(200).body("iso3", hasItems("MEX", "ARG")).body("region.code", everyItem(equalTo("019")));
    }

    @Test
    void badFiltersAndUnknownStatesAreProblems() {
        given().get("/api/v1/states/XYZ").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("region", "Africa").get("/api/v1/states").then().statusCode(400)
                .body("errors[0].field", equalTo("query.region"));
        given().queryParam("language", "de").get("/api/v1/states").then().statusCode(400)
                .body("errors[0].field", equalTo("query.language"));
        given().queryParam("continent", "Africa").get("/api/v1/states").then().statusCode(400)
                .body("errors[0].field", equalTo("query.continent"));
    }
}
