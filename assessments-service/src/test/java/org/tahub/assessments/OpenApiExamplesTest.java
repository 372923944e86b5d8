package org.tahub.assessments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.tahub.infrastructure.testing.OpenApiExamples;

/** Every operation of the API documents a successful answer with an example, as partner developers expect. */
@QuarkusTest
class OpenApiExamplesTest {

    @Test
    void everyOperationHasAnExampleOfItsSuccessfulAnswer() {
        var paths = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath()
                .<String, java.util.Map<String, Object>>getMap("paths");
        assertThat(OpenApiExamples.operationsWithoutSuccessExample(paths))
                .as("operations without an example of their successful answer").isEmpty();
    }
}
