package org.tahub.matching.api;

import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.tahub.matching.service.MatchQueries;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.matching.service.Coordination;

@Path("/api/v1/coordination")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination", description = "Who does what where, so that assistance is not duplicated (guideline 3)")
@RolesAllowed({Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class CoordinationResource {

    private static final Set<String> FILTERS = Set.of("state", "activity", "area", "limit");

    private final MatchQueries queries;
    private final CurrentCaller caller;

    public CoordinationResource(MatchQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "For each current need: every provider engaged with, accepted for or proposed for it")
    @APIResponse(responseCode = "200", description = "Needs and the providers involved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Coordination.class), examples = @ExampleObject(name = "state=KEN&area=V",
            value = "[{\"state\":\"KEN\",\"assessmentId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"needId\":\"activity:V.4\",\"activities\":[\"V.4\"],\"areas\":[\"V\"],\"priority\":\"HIGH\",\"providers\":[{\"providerId\":\"egmont-group\",\"offerId\":\"egmont-group-fiu-mentoring\",\"status\":\"AGREED\",\"score\":0.86},{\"providerId\":\"imf-legal\",\"offerId\":\"imf-legal-cft-drafting\",\"status\":\"PROPOSED\",\"score\":0.41}]}]")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public List<Coordination> coordination(
            @Parameter(description = "ISO3", example = "KEN", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.ISO3))
            @QueryParam("state") String state,
            @Parameter(description = "Checklist activity", example = "V.4", schema = @Schema(type = SchemaType.STRING,
                    pattern = CodeParameters.ACTIVITY, maxLength = CodeParameters.ACTIVITY_MAX)) @QueryParam("activity") String activity,
            @Parameter(description = "Checklist area", example = "V", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"})) @QueryParam("area") String area,
            @Parameter(description = "At most this many needs (1 to 1000)", example = "200", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "1000", defaultValue = "200")) @QueryParam("limit") @DefaultValue("200") String limit,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        int n = QueryParameters.limit(limit, 200, 1, 1000);
        return queries.coordination(CodeParameters.iso3("state", state), CodeParameters.activity("activity", activity), CodeParameters.area("area", area),
                caller.get(), n);
    }
}
