package org.tahub.infrastructure.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The check every service's OpenAPI test makes: each operation documents a successful answer with an example, as
 * partner developers expect.
 */
public final class OpenApiExamples {

    private OpenApiExamples() {
    }

    /**
     * The operations ({@code GET /api/v1/...}) of an OpenAPI document's {@code paths} whose 2xx answers carry no
     * example; empty when every one does.
     */
    @SuppressWarnings("unchecked")
    public static List<String> operationsWithoutSuccessExample(Map<String, Map<String, Object>> paths) {
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
        return missing;
    }

    /**
     * The operations whose answers a generated client could not type: a 2xx answer with a body but no schema, or an
     * error answer (4xx, 5xx) documented without the problem schema. Empty when every answer has its schema.
     */
    @SuppressWarnings("unchecked")
    public static List<String> answersWithoutSchema(Map<String, Map<String, Object>> paths) {
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (!(op instanceof Map)) {
                return;
            }
            Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) op).get("responses");
            if (responses == null) {
                missing.add(method.toUpperCase() + " " + path + ": no responses");
                return;
            }
            responses.forEach((status, response) -> {
                Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response).get("content");
                if (content == null) {
                    if (!status.equals("204") && !status.startsWith("3")) {
                        missing.add(method.toUpperCase() + " " + path + " " + status + ": no content");
                    }
                    return;
                }
                content.forEach((mediaType, media) -> {
                    Object schema = ((Map<String, Object>) media).get("schema");
                    if (schema == null) {
                        missing.add(method.toUpperCase() + " " + path + " " + status + " " + mediaType + ": no schema");
                    } else if (!status.startsWith("2") && !String.valueOf(schema).contains("Problem")) {
                        missing.add(method.toUpperCase() + " " + path + " " + status + ": not the Problem schema");
                    }
                });
            });
        }));
        return missing;
    }
}
