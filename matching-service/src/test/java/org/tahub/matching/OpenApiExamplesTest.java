package org.tahub.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tahub.infrastructure.testing.OpenApiExamples;
import org.tahub.matching.domain.EngagementStatus;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.domain.Modality;
import org.tahub.matching.domain.OfferStatus;

/**
 * Every operation of the API documents a successful answer with an example, as partner developers expect, and every
 * answer with its schema (the problem schema for errors), so that a typed client can be generated from the document
 * and a fuzzer driven by it; integer query parameters are typed as integers with their bounds, enum-like ones with
 * the domain's values.
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final Set<String> INTEGER_PARAMETERS = Set.of("page", "size", "limit");

    @Test
    void everyOperationHasAnExampleOfItsSuccessfulAnswer() {
        assertThat(OpenApiExamples.operationsWithoutSuccessExample(paths()))
                .as("operations without an example of their successful answer").isEmpty();
    }

    @Test
    void everyAnswerHasItsSchemaAndEveryErrorTheProblemSchema() {
        assertThat(OpenApiExamples.answersWithoutSchema(paths())).as("answers a generated client could not type").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void integerQueryParametersAreTypedWithTheirBounds() {
        List<String> untyped = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        paths().forEach((path, operations) -> operations.forEach((method, op) -> {
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) op).get("parameters");
            for (Map<String, Object> p : parameters == null ? List.<Map<String, Object>>of() : parameters) {
                if ("query".equals(p.get("in")) && INTEGER_PARAMETERS.contains(p.get("name"))) {
                    Map<String, Object> schema = (Map<String, Object>) p.get("schema");
                    seen.add(method + " " + path + " " + p.get("name"));
                    if (schema == null || !"integer".equals(schema.get("type")) || schema.get("minimum") == null
                            || schema.get("maximum") == null) {
                        untyped.add(method.toUpperCase() + " " + path + " " + p.get("name") + ": " + schema);
                    }
                }
            }
        }));
        assertThat(seen).as("the paged and limited lists").hasSizeGreaterThanOrEqualTo(7);
        assertThat(untyped).as("integer parameters not typed as bounded integers").isEmpty();
    }

    @Test
    void documentedValuesOfEnumLikeParametersAreTheDomainsOwn() {
        var paths = paths();
        assertThat(enumeration(paths, "/api/v1/offers", "modality")).containsExactly(names(Modality.values()));
        assertThat(enumeration(paths, "/api/v1/offers", "status")).containsExactly(names(OfferStatus.values()));
        assertThat(enumeration(paths, "/api/v1/matches", "status")).containsExactly(names(MatchStatus.values()));
        assertThat(enumeration(paths, "/api/v1/engagements", "status")).containsExactly(names(EngagementStatus.values()));
        assertThat(enumeration(paths, "/api/v1/engagements", "format")).containsExactly("json", "iati");
        assertThat(enumeration(paths, "/api/v1/gaps", "priority")).containsExactly("HIGH", "MEDIUM", "LOW");
        for (String path : List.of("/api/v1/offers", "/api/v1/coordination", "/api/v1/gaps")) {
            assertThat(enumeration(paths, path, "area")).as(path).containsExactly("I", "II", "III", "IV", "V", "VI", "VII",
                    "VIII", "IX", "X", "XI");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> enumeration(Map<String, Map<String, Object>> paths, String path, String parameter) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) ((Map<String, Object>) paths.get(path).get("get"))
                .get("parameters");
        return parameters.stream().filter(p -> parameter.equals(p.get("name")))
                .map(p -> (List<String>) ((Map<String, Object>) p.get("schema")).get("enum")).findFirst().orElseThrow();
    }

    private static String[] names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    private static Map<String, Map<String, Object>> paths() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath()
                .getMap("paths");
    }
}
