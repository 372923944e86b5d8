package org.tahub.instruments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tahub.infrastructure.testing.OpenApiExamples;
import org.tahub.edge.paging.PageRequest;

/**
 * The OpenAPI document is enough for a partner to generate a typed client and for a fuzzer to know what to send:
 * every operation has an example and a schema for its successful answer, every error answer is a Problem, each
 * operation declares the statuses specific to it, and numeric and enumerated query parameters are typed.
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static Map<String, Map<String, Object>> paths() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath()
                .getMap("paths");
    }

    @Test
    void everyOperationHasAnExampleOfItsSuccessfulAnswer() {
        assertThat(OpenApiExamples.operationsWithoutSuccessExample(paths()))
                .as("operations without an example of their successful answer").isEmpty();
    }

    @Test
    void everyAnswerHasItsSchemaAndEveryErrorIsAProblem() {
        assertThat(OpenApiExamples.answersWithoutSchema(paths()))
                .as("answers a generated client could not type").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> operation(Map<String, Map<String, Object>> paths, String method, String path) {
        return (Map<String, Object>) paths.get(path).get(method);
    }

    @SuppressWarnings("unchecked")
    private static List<String> statuses(Map<String, Map<String, Object>> paths, String method, String path) {
        return new ArrayList<>(((Map<String, Object>) operation(paths, method, path).get("responses")).keySet());
    }

    @Test
    void eachOperationDeclaresTheStatusesSpecificToIt() {
        var paths = paths();
        assertThat(statuses(paths, "get", "/api/v1/instruments")).contains("200", "400", "404");
        assertThat(statuses(paths, "post", "/api/v1/instruments")).contains("201", "409", "422");
        assertThat(statuses(paths, "put", "/api/v1/instruments/{slug}"))
                .contains("200", "400", "404", "412", "422", "428");
        assertThat(statuses(paths, "post", "/api/v1/instruments/{slug}/retire"))
                .contains("200", "400", "404", "412", "428");
        assertThat(statuses(paths, "put", "/api/v1/activities/{code}"))
                .contains("200", "400", "404", "412", "422", "428");
        for (String list : List.of("/api/v1/areas", "/api/v1/activities", "/api/v1/tools", "/api/v1/tools/categories")) {
            assertThat(statuses(paths, "get", list)).as(list).contains("200", "400");
        }
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (path.contains("{")) {
                assertThat(statuses(paths, method, path)).as(method + " " + path).contains("404");
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameterSchema(Map<String, Map<String, Object>> paths, String path,
                                                       String name) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation(paths, "get", path)
                .get("parameters");
        return parameters.stream().filter(p -> name.equals(p.get("name"))).findFirst()
                .map(p -> (Map<String, Object>) p.get("schema"))
                .orElseThrow(() -> new AssertionError(path + " does not document " + name));
    }

    @Test
    void numericAndEnumeratedQueryParametersAreTyped() {
        var paths = paths();
        String instruments = "/api/v1/instruments";
        assertThat(parameterSchema(paths, instruments, "page")).containsEntry("type", "integer")
                .containsEntry("minimum", 0).containsEntry("maximum", PageRequest.MAX_PAGE);
        assertThat(parameterSchema(paths, instruments, "size")).containsEntry("type", "integer")
                .containsEntry("minimum", 1).containsEntry("maximum", 200);
        for (String year : List.of("yearFrom", "yearTo")) {
            assertThat(parameterSchema(paths, instruments, year)).containsEntry("type", "integer")
                    .containsEntry("minimum", 1900).containsEntry("maximum", 2100);
        }
        assertThat(parameterSchema(paths, instruments, "part")).containsEntry("enum", List.of("A", "C"));
        assertThat(parameterSchema(paths, instruments, "status")).containsEntry("enum", List.of("ACTIVE", "RETIRED"));
        assertThat(parameterSchema(paths, instruments, "scope")).containsKey("enum");
        assertThat(parameterSchema(paths, instruments, "sort")).containsKey("enum");
        assertThat(parameterSchema(paths, instruments, "kind")).containsKey("enum");
        assertThat(parameterSchema(paths, instruments, "area")).containsKey("enum");
        assertThat(parameterSchema(paths, instruments, "q")).containsKey("maxLength");
        assertThat(parameterSchema(paths, instruments, "compendiumRef")).containsKey("maxLength");
        assertThat(parameterSchema(paths, "/api/v1/activities", "area")).containsKey("enum");
        assertThat(parameterSchema(paths, "/api/v1/tools", "area")).containsKey("enum");
        assertThat(parameterSchema(paths, "/api/v1/tools", "kind")).containsKey("enum");
    }
}
