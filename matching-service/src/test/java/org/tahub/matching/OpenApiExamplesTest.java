package org.tahub.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation of the API documents a successful answer with an example, as partner developers expect. */
@QuarkusTest
class OpenApiExamplesTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAnExampleOfItsSuccessfulAnswer() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) op).get("responses");
            boolean documented = responses != null && responses.entrySet().stream()
                    .filter(r -> r.getKey().startsWith("2"))
                    .anyMatch(r -> String.valueOf(r.getValue()).contains("examples"));
            if (!documented) {
                missing.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(missing).as("operations without an example of their successful answer").isEmpty();
    }
}
