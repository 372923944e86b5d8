package org.tahub.gateway.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.mutiny.Uni;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.gateway.upstream.Upstreams;

/**
 * The whole API's documentation, open to anyone like the IATI and FTS APIs' (it holds no data). The merged document is
 * kept for {@code tahub.gateway.openapi-cache}, so that calls to it do not each fetch three documents; a merge that
 * missed a service is kept for a few seconds only.
 */
@Path("/api/v1/openapi")
@Tag(name = "API", description = "The API itself")
@PermitAll
public class MergedOpenApiResource {

    private static final Duration INCOMPLETE_FOR = Duration.ofSeconds(3);

    private final GatewayConfig config;
    private final Upstreams upstreams;
    private volatile Merged last;

    private record Merged(String document, long until) {
    }

    private final OpenApiDocumentService ownDocument;

    public MergedOpenApiResource(GatewayConfig config, Upstreams upstreams, OpenApiDocumentService ownDocument) {
        this.config = config;
        this.upstreams = upstreams;
        this.ownDocument = ownDocument;
    }

    /**
     * The gateway's own operations (administration, dead letters, who the caller is, and this document, which needs no
     * key), which belong to the API as much as the rest.
     */
    private OpenApiMerge.Part own() {
        JsonObject doc = new JsonObject(new String(ownDocument.getDocument(OpenApiFilter.DEFAULT_DOCUMENT_NAME,
                Format.JSON), java.nio.charset.StandardCharsets.UTF_8));
        JsonObject paths = new JsonObject();
        doc.getJsonObject("paths", new JsonObject()).forEach(e -> {
            if (e.getKey().startsWith("/api/v1/admin") || e.getKey().equals("/api/v1/me")) {
                paths.put(e.getKey(), e.getValue());
            } else if (e.getKey().equals("/api/v1/openapi") && e.getValue() instanceof JsonObject item) {
                item.getJsonObject("get", new JsonObject()).put("security", new JsonArray());
                paths.put(e.getKey(), item);
            }
        });
        return new OpenApiMerge.Part("gateway", doc.put("paths", paths));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole TA Hub API as one OpenAPI 3 document, merged from every service behind the gateway")
    @APIResponse(responseCode = "200", description = "OpenAPI 3 document; a service that cannot be reached is listed under x-tahub-missing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "document", value = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"TA Hub API\",\"version\":\"1.0\"},\"paths\":{}}")))
    @APIResponse(responseCode = "429", description = "Too many requests from this address",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Uni<String> openapi() {
        Merged cached = last;
        if (cached != null && System.nanoTime() < cached.until()) {
            return Uni.createFrom().item(cached.document());
        }
        return merge().invoke(merged -> last = merged).map(Merged::document);
    }

    private Uni<Merged> merge() {
        List<Uni<OpenApiMerge.Part>> parts = new ArrayList<>();
        for (String service : new TreeMap<>(config.services()).keySet()) {
            parts.add(Uni.createFrom().completionStage(() -> upstreams.get(service, "/q/openapi?format=json")
                            .toCompletionStage())
                    .map(reply -> reply.status() == 200
                            ? new OpenApiMerge.Part(service, reply.body().toJsonObject())
                            : new OpenApiMerge.Part(service, null))
                    .onFailure().recoverWithItem(new OpenApiMerge.Part(service, null)));
        }
        return Uni.join().all(parts).andFailFast().map(all -> {
            List<OpenApiMerge.Part> withOwn = new ArrayList<>(all);
            withOwn.add(own());
            JsonObject merged = OpenApiMerge.merge(withOwn);
            Duration keep = merged.containsKey("x-tahub-missing") ? INCOMPLETE_FOR : config.openapiCache();
            return new Merged(merged.encodePrettily(), System.nanoTime() + keep.toNanos());
        });
    }

}
