package org.tahub.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one: their paths (each service owns distinct paths), their component
 * schemas and their tags; the gateway's API-key security scheme applies to every operation.
 */
public final class OpenApiMerge {

    private OpenApiMerge() {
    }

    /** One service's document, or null when the service could not be reached. */
    public record Part(String service, JsonObject document) {
    }

    public static JsonObject merge(List<Part> parts) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonArray tags = new JsonArray();
        Set<String> tagNames = new LinkedHashSet<>();
        JsonArray missing = new JsonArray();
        for (Part part : parts) {
            if (part.document() == null) {
                missing.add(part.service());
                continue;
            }
            JsonObject doc = part.document();
            doc.getJsonObject("paths", new JsonObject()).forEach(e -> paths.put(e.getKey(), e.getValue()));
            JsonObject components = doc.getJsonObject("components", new JsonObject());
            components.getJsonObject("schemas", new JsonObject()).forEach(e -> schemas.put(e.getKey(), e.getValue()));
            doc.getJsonArray("tags", new JsonArray()).forEach(t -> {
                JsonObject tag = (JsonObject) t;
                if (tagNames.add(tag.getString("name"))) {
                    tags.add(tag);
                }
            });
        }
        JsonObject merged = new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject()
                        .put("title", "TA Hub API")
                        .put("version", "1.0")
                        .put("description", "Technical assistance for implementing the universal counter-terrorism "
                                + "conventions and protocols: the catalogue, states' self-assessments, and the "
                                + "matching of needs with assistance. Every error is application/problem+json."))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")))
                .put("security", new JsonArray().add(new JsonObject().put("apiKey", new JsonArray())))
                .put("tags", tags)
                .put("paths", paths)
                .put("components", new JsonObject()
                        .put("schemas", schemas)
                        .put("securitySchemes", new JsonObject().put("apiKey", new JsonObject()
                                .put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
                                .put("description", "An API key; 'Authorization: ApiKey <key>' works too"))));
        if (!missing.isEmpty()) {
            merged.put("x-tahub-missing", missing);
        }
        return merged;
    }
}
