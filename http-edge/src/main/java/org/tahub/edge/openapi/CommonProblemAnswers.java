package org.tahub.edge.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation of a service's OpenAPI document the error answers any operation can give, each an
 * {@code application/problem+json} body of the {@code Problem} schema: 401 (no identity), 403 (role), 406, 500 and
 * 503 (database unavailable, with Retry-After); 400, 413 and 415 where there is a request body; 404 where the path
 * has an id. An operation's own documentation of a status is kept. A generated client thus types every answer.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CommonProblemAnswers implements OASFilter {

    public static final String PROBLEM = "Problem";
    static final String MEDIA_TYPE = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema(PROBLEM, problemSchema());
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("FieldError")) {
            components.addSchema("FieldError", fieldErrorSchema());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getOperations() == null) {
                return;
            }
            item.getOperations().forEach((method, operation) -> complete(path, method, operation));
        });
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<String, String> common = new LinkedHashMap<>();
        boolean body = operation.getRequestBody() != null;
        if (body) {
            common.put("400", "The body is not valid JSON, or a field has the wrong type or a control character");
            common.put("413", "The body is larger than the gateway accepts");
            common.put("415", "The body is not application/json");
        } else {
            common.put("400", "A parameter is unknown, malformed or out of range");
        }
        if (path.contains("{")) {
            common.put("404", "Nothing at this path that the caller may see");
        }
        common.put("401", "No valid identity: call through the gateway with an API key or bearer token");
        common.put("403", "The caller's role may not do this");
        common.put("406", "None of the accepted media types can be produced");
        common.put("500", "An unexpected failure; quote the request id when reporting it");
        common.put("503", "The service or its database is unavailable for a moment; retry after Retry-After");
        common.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(problemContent()));
            }
        });
        // Answers documented without a body (Quarkus adds 400, 401 and 403 so) have the problem body they carry.
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if ((status.startsWith("4") || status.startsWith("5"))
                        && (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty())) {
                    response.setContent(problemContent());
                }
            });
        }
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: what is wrong with the request, and every offending field")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .example("https://tahub.org/problems/validation-failed"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .example("Unprocessable Content"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .example(422))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .example("body.title must not be blank"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .format("uri-reference").example("/api/v1/instruments"))
                .addProperty("requestId", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("FieldError")))
                .addRequired("type").addRequired("title").addRequired("status");
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).example("body.title"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .example("must not be blank"));
    }
}
