package org.tahub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Kubernetes label selectors, evaluated as the API server does, on the manifests' JSON trees. */
final class Selectors {

    private Selectors() {
    }

    /** A map of labels (a missing node gives an empty map). */
    static Map<String, String> labels(JsonNode map) {
        Map<String, String> labels = new LinkedHashMap<>();
        map.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    /** Whether a LabelSelector (matchLabels and matchExpressions) has no requirement: it selects every pod. */
    static boolean isEmpty(JsonNode selector) {
        return selector.path("matchLabels").isEmpty() && selector.path("matchExpressions").isEmpty();
    }

    /** Whether a LabelSelector selects these labels; a missing selector selects nothing. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (selector.isMissingNode() || selector.isNull()) {
            return false;
        }
        boolean matched = labels(selector.path("matchLabels")).entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = StreamSupport.stream(expression.path("values").spliterator(), false)
                    .map(JsonNode::asText).collect(Collectors.toSet());
            matched &= switch (expression.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
        }
        return matched;
    }

    /** Whether a Service's selector (a plain map) selects these labels; an empty one selects nothing. */
    static boolean serviceSelects(JsonNode selector, Map<String, String> labels) {
        Map<String, String> required = labels(selector);
        return !required.isEmpty() && required.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
