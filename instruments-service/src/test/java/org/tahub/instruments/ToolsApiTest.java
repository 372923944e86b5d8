package org.tahub.instruments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The technical-assistance tools of Part B, found by what they serve. */
@QuarkusTest
class ToolsApiTest {

    @Test
    void theHeadingsOfPartBMapToTheChecklist() {
        given().get("/api/v1/tools/categories").then().statusCode(200)
                .body("$", hasSize(29))
                .body("[0].code", equalTo("B.1"))
                .body("find { it.code == 'B.3.5' }.offenceGroup", equalTo("III.A.5"))
                .body("find { it.code == 'B.3.14' }.offenceGroup", equalTo("III.A.15"))
                .body("find { it.code == 'B.4' }.area", equalTo("IV"))
                .body("find { it.code == 'B.7.3' }.area", equalTo("VII"));
    }

    @Test
    void theToolsTheReportNamesAreThere() {
        given().get("/api/v1/tools").then().statusCode(200)
                .body("slug", hasItems("unodc-legislative-guide-universal-anti-terrorism-2003",
                        "imf-suppressing-financing-terrorism-handbook-2003",
                        "commonwealth-implementation-kits-counter-terrorism-2002",
                        "commonwealth-model-legislative-provisions-terrorism-2002",
                        "ohchr-digest-jurisprudence-human-rights-terrorism-2003"))
                .body("findAll { it.publisherBody == 'UNODC' && it.slug.contains('legislative-guide-') }.size()",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(5));
    }

    @Test
    void aStateNotPartyToTheFinancingConventionFindsTheImfHandbook() {
        given().queryParam("instrument", "terrorist-financing-convention-1999").get("/api/v1/tools").then()
                .statusCode(200).body("slug", hasItem("imf-suppressing-financing-terrorism-handbook-2003"))
                .body("instruments", everyItem(hasItem("terrorist-financing-convention-1999")));
        given().queryParam("area", "V").queryParam("publisher", "IMF").get("/api/v1/tools").then()
                .statusCode(200).body("[0].slug", equalTo("imf-suppressing-financing-terrorism-handbook-2003"));
        given().queryParam("q", "financing of terrorism").get("/api/v1/tools").then().statusCode(200)
                .body("[0].slug", equalTo("imf-suppressing-financing-terrorism-handbook-2003"));
    }

    @Test
    void badFiltersAndUnknownToolsAreProblems() {
        given().queryParam("category", "Z.9").get("/api/v1/tools").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("query.category"));
        given().queryParam("area", "XX").get("/api/v1/tools").then().statusCode(400);
        given().get("/api/v1/tools/no-such-tool").then().statusCode(404).contentType("application/problem+json");
    }
}
