package org.tahub.assessments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tahub.infrastructure.testing.OpenApiExamples;

/**
 * The OpenAPI document is one a partner can generate a typed client from and a fuzzer can drive: every operation
 * documents its successful answer with an example and a schema, every error answer with the problem schema, every
 * integer or enumerated query parameter with its type and bounds, every input field with its cap.
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final Set<String> INTEGER_PARAMETERS = Set.of("page", "size", "period");
    private static final Set<String> ENUMERATED_PARAMETERS = Set.of("status", "origin", "priority", "kind", "area",
            "language", "legalTradition", "unStatus");

    @Test
    void everyOperationHasAnExampleOfItsSuccessfulAnswer() {
        var paths = document().<String, Map<String, Object>>getMap("paths");
        assertThat(OpenApiExamples.operationsWithoutSuccessExample(paths))
                .as("operations without an example of their successful answer").isEmpty();
        assertThat(OpenApiExamples.answersWithoutSchema(paths))
                .as("answers without a schema (2xx) or without the problem schema (errors)").isEmpty();
    }

    @Test
    void everyOperationWithAPathIdDeclaresItsNotFoundAnswer() {
        var paths = document().<String, Map<String, Map<String, Object>>>getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            if (path.contains("{") && !responses.containsKey("404")) {
                missing.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(missing).as("operations on a path id without a 404").isEmpty();
    }

    @Test
    void integerAndEnumeratedQueryParametersAreTypedWithTheirBounds() {
        var paths = document().<String, Map<String, Map<String, Object>>>getMap("paths");
        List<Map<String, Object>> parameters = new ArrayList<>();
        paths.values().forEach(operations -> operations.values().forEach(op -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> declared = (List<Map<String, Object>>) op.get("parameters");
            if (declared != null) {
                parameters.addAll(declared);
            }
        }));
        List<String> untyped = new ArrayList<>();
        for (Map<String, Object> p : parameters) {
            if (!"query".equals(p.get("in"))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> schema = (Map<String, Object>) p.get("schema");
            String name = (String) p.get("name");
            if (INTEGER_PARAMETERS.contains(name) && !("integer".equals(schema.get("type"))
                    && schema.containsKey("minimum") && schema.containsKey("maximum"))) {
                untyped.add(name + " " + schema);
            }
            if (ENUMERATED_PARAMETERS.contains(name) && !schema.containsKey("enum")) {
                untyped.add(name + " " + schema);
            }
        }
        assertThat(parameters).isNotEmpty();
        assertThat(untyped).as("query parameters without their type, bounds or values").isEmpty();
    }

    @Test
    void everyFieldOfEveryInputIsCapped() {
        Map<String, Map<String, Object>> schemas = document().getMap("components.schemas");
        List<String> uncapped = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (!name.endsWith("Input")) {
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
            properties.forEach((field, property) -> {
                if ("string".equals(property.get("type")) && !property.containsKey("maxLength")) {
                    uncapped.add(name + "." + field);
                }
                if ("array".equals(property.get("type"))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> items = (Map<String, Object>) property.get("items");
                    if (!property.containsKey("maxItems")
                            || ("string".equals(items.get("type")) && !items.containsKey("maxLength"))) {
                        uncapped.add(name + "." + field + "[]");
                    }
                }
            });
        });
        assertThat(schemas).containsKeys("AssessmentInput", "AnswerInput", "RatificationInput", "StatementInput",
                "DecisionInput");
        assertThat(uncapped).as("input fields without a maximum length or number of entries").isEmpty();
    }

    private static JsonPath document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }
}
