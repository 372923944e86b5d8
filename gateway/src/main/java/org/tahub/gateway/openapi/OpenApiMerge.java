package org.tahub.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one: their paths (each service owns distinct paths), their component
 * schemas and their tags; the gateway's security schemes (API key, bearer token) apply to every operation, and so do
 * the answers the gateway itself may give before a service is reached (413, 414, 429, 431, and 503 or 504 when the
 * service is down or silent), each a problem.
 */
public final class OpenApiMerge {

    private OpenApiMerge() {
    }

    /** One service's document, or null when the service could not be reached. */
    public record Part(String service, JsonObject document) {
    }

    /** What the gateway may answer on any operation before (or instead of) the service. */
    static final java.util.Map<String, String> GATEWAY_ANSWERS = new java.util.LinkedHashMap<>();

    static {
        GATEWAY_ANSWERS.put("413", "The body is larger than the gateway accepts (1 MiB)");
        GATEWAY_ANSWERS.put("414", "The request target is too long");
        GATEWAY_ANSWERS.put("429", "Too many requests from this client; retry after Retry-After seconds");
        GATEWAY_ANSWERS.put("431", "The header fields are too large");
        GATEWAY_ANSWERS.put("503", "The service is unavailable or failing (circuit open); retry after Retry-After");
        GATEWAY_ANSWERS.put("504", "The service did not answer in time");
    }

    private static JsonObject withGatewayAnswers(JsonObject pathItem) {
        JsonObject item = pathItem.copy();
        for (String method : List.of("get", "put", "post", "delete", "patch", "head", "options")) {
            JsonObject operation = item.getJsonObject(method);
            if (operation == null) {
                continue;
            }
            JsonObject responses = operation.getJsonObject("responses");
            if (responses == null) {
                responses = new JsonObject();
                operation.put("responses", responses);
            }
            // A service names the roles of an operation under its own scheme (the gateway's token); to a partner they
            // are the roles its API key or bearer token must carry.
            JsonArray security = operation.getJsonArray("security");
            if (security != null && security.isEmpty()) {
                // declared public (the merged document itself): no key, and no role, is needed
                operation.remove("x-tahub-roles");
            } else if (security != null) {
                JsonArray roles = new JsonArray();
                security.forEach(r -> {
                    if (r instanceof JsonObject requirement) {
                        requirement.forEach(scheme -> {
                            if (scheme.getValue() instanceof JsonArray named) {
                                named.forEach(role -> {
                                    if (!roles.contains(role)) {
                                        roles.add(role);
                                    }
                                });
                            }
                        });
                    }
                });
                operation.put("security", new JsonArray().add(new JsonObject().put("apiKey", roles.copy()))
                        .add(new JsonObject().put("bearer", roles.copy())));
                operation.put("x-tahub-roles", roles.isEmpty()
                        ? new JsonArray().add("state").add("provider").add("analyst").add("curator").add("admin")
                        : roles);
            }
            responses.forEach(r -> {
                if (r.getValue() instanceof JsonObject response && response.getValue("content") instanceof JsonObject c) {
                    response.put("content", jsonFirst(c));
                }
            });
            for (var answer : GATEWAY_ANSWERS.entrySet()) {
                if (!responses.containsKey(answer.getKey())) {
                    responses.put(answer.getKey(), new JsonObject().put("description", answer.getValue())
                            .put("content", new JsonObject().put("application/problem+json", new JsonObject()
                                    .put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem")))));
                }
            }
        }
        return item;
    }

    /**
     * The media types of an answer with JSON first: a generated client types an operation's answer by its first media
     * type, and JSON is what a partner's code reads (CSV is for people, asked for with Accept).
     */
    private static JsonObject jsonFirst(JsonObject content) {
        JsonObject ordered = new JsonObject();
        content.forEach(m -> {
            if (m.getKey().startsWith("application/json")) {
                ordered.put(m.getKey(), m.getValue());
            }
        });
        content.forEach(m -> {
            if (!ordered.containsKey(m.getKey())) {
                ordered.put(m.getKey(), m.getValue());
            }
        });
        return ordered;
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
            doc.getJsonObject("paths", new JsonObject()).forEach(e -> paths.put(e.getKey(), withGatewayAnswers(
                    (JsonObject) e.getValue())));
            JsonObject components = doc.getJsonObject("components", new JsonObject());
            components.getJsonObject("schemas", new JsonObject()).forEach(e -> schemas.put(e.getKey(), e.getValue()));
            // (each service's own security scheme, its identity token, is the gateway's business, not a partner's)
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
                .put("security", new JsonArray().add(new JsonObject().put("apiKey", new JsonArray()))
                        .add(new JsonObject().put("bearer", new JsonArray())))
                .put("tags", tags)
                .put("paths", paths)
                .put("components", new JsonObject()
                        .put("schemas", schemas)
                        .put("securitySchemes", new JsonObject().put("apiKey", new JsonObject()
                                .put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
                                .put("description", "An API key; 'Authorization: ApiKey <key>' works too"))
                                .put("bearer", new JsonObject().put("type", "http").put("scheme", "bearer")
                                        .put("bearerFormat", "JWT")
                                        .put("description", "An OAuth2 access token of the configured identity "
                                                + "provider, with a tahub_role claim"))));
        if (!missing.isEmpty()) {
            merged.put("x-tahub-missing", missing);
        }
        return merged;
    }
}
