package org.tahub.instruments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The implementation checklist as partner systems read it: areas I to XI and every activity under its code. */
@QuarkusTest
class ChecklistApiTest {

    @Test
    void elevenAreasInOrderWithTheirActivityCounts() {
        given().get("/api/v1/areas").then().statusCode(200)
                .body("code", contains("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"))
                .body("find { it.code == 'V' }.title", equalTo("Measures to combat money laundering and the financing of terrorism"))
                .body("find { it.code == 'III' }.activityCount", equalTo(57))
                .body("find { it.code == 'VII' }.activityCount", equalTo(29));
    }

    @Test
    void everyActivityOfTheSeedUnderTheCodeScheme() {
        List<String> codes = given().get("/api/v1/activities").then().statusCode(200)
                .body("$", hasSize(123))
                .extract().jsonPath().getList("code");
        org.assertj.core.api.Assertions.assertThat(codes).startsWith("I.1", "I.2", "I.3", "I.4", "II.1")
                .contains("III.A.1", "III.A.4", "III.A.5.1", "III.A.5.2", "III.A.7.16", "III.A.11.11",
                        "III.A.13.1", "III.A.15.5", "III.B.1", "III.B.2", "V.4", "VII.A.11", "VII.B.7",
                        "VII.C.3", "VII.D.8", "X.6", "XI.3")
                .doesNotContain("III.A.5", "III.A.16", "III.A.7.17")
                .endsWith("XI.3")
                .doesNotHaveDuplicates();
    }

    @Test
    void oneAreaListsItsActivities() {
        given().get("/api/v1/areas/V").then().statusCode(200)
                .body("activities.code", contains("V.1", "V.2", "V.3", "V.4", "V.5"))
                .body("activities.find { it.code == 'V.4' }.title", startsWith("Establish financial intelligence units"));
    }

    @Test
    void activitiesFilterByAreaAndSearchByText() {
        given().queryParam("area", "VII").get("/api/v1/activities").then().statusCode(200)
                .body("$", hasSize(29)).body("area", everyItem(equalTo("VII")));
        given().queryParam("q", "financial intelligence unit").get("/api/v1/activities").then().statusCode(200)
                .body("[0].code", equalTo("V.4"));
        given().queryParam("q", "extradition").queryParam("area", "VII").get("/api/v1/activities").then()
                .statusCode(200).body("code", hasItems("VII.C.1", "VII.C.2"));
    }

    @Test
    void anActivityCarriesItsVersionAsETag() {
        given().get("/api/v1/activities/III.A.1").then().statusCode(200)
                .header("ETag", startsWith("\""))
                .body("area", equalTo("III")).body("offenceGroup", equalTo("III.A.1"))
                .body("section", equalTo("III.A"));
    }

    @Test
    void errorsAreProblemsThatNameWhatIsWrong() {
        given().get("/api/v1/activities/XII.9").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", equalTo("activity XII.9 does not exist"));
        given().get("/api/v1/areas/XII").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("area", "XIV").get("/api/v1/activities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("query.area"));
        given().queryParam("colour", "red").get("/api/v1/activities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("query.colour"));
    }
}
