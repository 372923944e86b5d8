package org.tahub.matching.api;

import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.matching.rules.FilterValues;
import org.tahub.matching.service.EngagementWorkflow;
import org.tahub.matching.service.ImpactLedger;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.matching.service.Impact;

@Path("/api/v1/impact")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Impact", description = "What assistance changed, measured by the states' successive assessments (guideline 7)")
@RolesAllowed({Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class ImpactResource {

    private static final Set<String> FILTERS = Set.of("state", "provider");

    private final EngagementWorkflow engagements;
    private final ImpactLedger impact;
    private final CurrentCaller caller;

    public ImpactResource(EngagementWorkflow engagements, ImpactLedger impact, CurrentCaller caller) {
        this.engagements = engagements;
        this.impact = impact;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Impact by provider, area and state",
            description = "Each completed engagement is compared with its activity's status in the state's next assessment: improved, unchanged, worsened, or not reported. A provider sees its own engagements; analysts all.")
    @APIResponse(responseCode = "200", description = "The impact", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Impact.class), examples = @ExampleObject(name = "impact",
            value = "{\"byProvider\":[{\"key\":\"egmont-group\",\"engagements\":3,\"completed\":2,\"measured\":2,\"improved\":1,\"unchanged\":1,\"worsened\":0,\"notReported\":0,\"improvementRate\":0.5}],\"byArea\":[{\"key\":\"V\",\"engagements\":3,\"completed\":2,\"measured\":2,\"improved\":1,\"unchanged\":1,\"worsened\":0,\"notReported\":0,\"improvementRate\":0.5}],\"byState\":[{\"key\":\"KEN\",\"engagements\":3,\"completed\":2,\"measured\":2,\"improved\":1,\"unchanged\":1,\"worsened\":0,\"notReported\":0,\"improvementRate\":0.5}]}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Impact impact(@Parameter(description = "ISO3", example = "KEN", schema = @Schema(type = SchemaType.STRING,
                                     pattern = CodeParameters.ISO3)) @QueryParam("state") String state,
                             @Parameter(description = "Provider id", example = "egmont-group", schema = @Schema(type = SchemaType.STRING,
                                     pattern = FilterValues.PROVIDER, maxLength = FilterValues.PROVIDER_MAX)) @QueryParam("provider") String provider,
                             @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        return impact.report(engagements.list(CodeParameters.iso3("state", state), FilterValues.provider(provider), null, caller.get(),
                100_000));
    }
}
