package org.tahub.gateway.openapi;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.gateway.config.GatewayConfig;
import org.tahub.gateway.health.Upstreams;

@Path("/api/v1/openapi")
@Tag(name = "API", description = "The API itself")
public class MergedOpenApiResource {

    private final GatewayConfig config;
    private final Upstreams upstreams;

    public MergedOpenApiResource(GatewayConfig config, Upstreams upstreams) {
        this.config = config;
        this.upstreams = upstreams;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole TA Hub API as one OpenAPI 3 document, merged from every service behind the gateway")
    @APIResponse(responseCode = "200", description = "OpenAPI 3 document; a service that cannot be reached is listed under x-tahub-missing")
    public Uni<String> openapi() {
        List<Uni<OpenApiMerge.Part>> parts = new ArrayList<>();
        for (String service : new TreeMap<>(config.services()).keySet()) {
            parts.add(Uni.createFrom().completionStage(() -> upstreams.get(service, "/q/openapi?format=json")
                            .toCompletionStage())
                    .map(reply -> reply.status() == 200
                            ? new OpenApiMerge.Part(service, reply.body().toJsonObject())
                            : new OpenApiMerge.Part(service, null))
                    .onFailure().recoverWithItem(new OpenApiMerge.Part(service, null)));
        }
        return Uni.join().all(parts).andFailFast().map(all -> OpenApiMerge.merge(all).encodePrettily());
    }

}
