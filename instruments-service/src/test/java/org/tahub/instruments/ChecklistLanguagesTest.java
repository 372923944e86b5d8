package org.tahub.instruments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The checklist in the six official languages of the United Nations: Accept-Language chooses, the answer says which
 * language it is in (Content-Language, and each text's own language) and that a translation is unofficial, caches are
 * told it varies, and English answers when no UN language is asked for.
 */
@QuarkusTest
class ChecklistLanguagesTest {

    private static JsonNode translation(String language) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("catalogue/checklist." + language + ".json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String activityTitle(String language, String code) throws IOException {
        for (JsonNode a : translation(language).get("activities")) {
            if (a.get("code").asText().equals(code)) {
                return a.get("title").asText();
            }
        }
        throw new AssertionError(code + " is not in the " + language + " translation");
    }

    @Test
    void anActivityIsAnsweredInTheLanguageAskedForMarkedAsAnUnofficialTranslation() throws IOException {
        for (String language : new String[] {"fr", "es", "ru", "ar", "zh"}) {
            given().header("Accept-Language", language).get("/api/v1/activities/V.4").then().statusCode(200)
                    .header("Content-Language", language)
                    .header("Vary", containsString("Accept-Language"))
                    .body("title", equalTo(activityTitle(language, "V.4")))
                    .body("language", equalTo(language))
                    .body("translation", equalTo("unofficial translation"));
        }
    }

    @Test
    void theFirstUnLanguageOfTheHeaderByWeightIsChosenAndEnglishOtherwise() throws IOException {
        given().header("Accept-Language", "de-CH, fr;q=0.5, ru;q=0.8").get("/api/v1/activities/V.4").then()
                .statusCode(200).header("Content-Language", "ru").body("title", equalTo(activityTitle("ru", "V.4")));
        given().header("Accept-Language", "zh-CN").get("/api/v1/activities/V.4").then()
                .statusCode(200).header("Content-Language", "zh");
        for (String header : new String[] {"de", "*", "", ";;;q=x"}) {
            given().header("Accept-Language", header).get("/api/v1/activities/V.4").then().statusCode(200)
                    .header("Content-Language", "en").body("language", equalTo("en"))
                    .body("translation", nullValue())
                    .body("title", containsString("financial intelligence"));
        }
        given().get("/api/v1/activities/V.4").then().statusCode(200).header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"));
    }

    @Test
    void listsAndAreasComeInTheLanguageToo() throws IOException {
        String areaV = null;
        for (JsonNode a : translation("es").get("areas")) {
            if (a.get("code").asText().equals("V")) {
                areaV = a.get("title").asText();
            }
        }
        given().header("Accept-Language", "es").get("/api/v1/areas").then().statusCode(200)
                .header("Content-Language", "es")
                .body("find { it.code == 'V' }.title", equalTo(areaV))
                .body("language", everyItem(equalTo("es")));
        given().header("Accept-Language", "es").get("/api/v1/areas/V").then().statusCode(200)
                .body("title", equalTo(areaV))
                .body("activities.find { it.code == 'V.4' }.title", equalTo(activityTitle("es", "V.4")));
        java.util.List<String> languages = given().header("Accept-Language", "ar").queryParam("area", "V")
                .get("/api/v1/activities").then().statusCode(200).extract().jsonPath().getList("language");
        assertThat(languages).isNotEmpty().containsOnly("ar");
    }

    @Test
    void aCuratorsChangeIsNotHiddenBehindTheTranslationOfTheOldWording() {
        String code = "XI.2";
        String etag = given().get("/api/v1/activities/" + code).then().statusCode(200).extract().header("ETag");
        String title = "Prevent the misuse of legal persons and arrangements (reworded by a curator)";
        given().contentType(io.restassured.http.ContentType.JSON).header("If-Match", etag)
                .header(org.tahub.identity.CallerTokens.HEADER, Callers.curator("curator-languages"))
                .body(java.util.Map.of("title", title))
                .put("/api/v1/activities/" + code).then().statusCode(200);
        given().header("Accept-Language", "fr").get("/api/v1/activities/" + code).then().statusCode(200)
                .header("Content-Language", "en").body("title", equalTo(title)).body("language", equalTo("en"))
                .body("translation", nullValue());
    }
}
