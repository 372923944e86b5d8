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
}
