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
import org.tahub.matching.domain.CoverageStage;
import org.tahub.matching.service.GapsReport;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.matching.service.Gaps;

@Path("/api/v1/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gaps", description = "Needs short of a stage (no proposal, no accepted proposal, no agreed engagement, no "
        + "delivery): what a donor should fund next")
@RolesAllowed({Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class GapsResource {

    private static final Set<String> FILTERS = Set.of("gap", "area", "region", "priority", "limit");

    private final GapsReport gaps;
    private final CurrentCaller caller;

    public GapsResource(GapsReport gaps, CurrentCaller caller) {
        this.gaps = gaps;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Current needs short of a stage, counted by stage, area, region and priority, highest priority first",
            description = "gap=no-agreed-engagement (the default) counts the needs no engagement has been agreed for, "
                    + "proposed or accepted ones included; no-proposal, no-accepted-proposal and no-delivery count the "
                    + "other stages. byStage says how many needs stand at each stage.")
    @APIResponse(responseCode = "200", description = "The gaps", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Gaps.class), examples = @ExampleObject(name = "area=IX",
            value = "{\"gap\":\"no-agreed-engagement\",\"needs\":52,\"uncovered\":31,\"byStage\":[{\"stage\":\"NO_PROPOSAL\",\"needs\":12},{\"stage\":\"PROPOSED\",\"needs\":15},{\"stage\":\"ACCEPTED\",\"needs\":4},{\"stage\":\"AGREED\",\"needs\":9},{\"stage\":\"IN_DELIVERY\",\"needs\":8},{\"stage\":\"DELIVERED\",\"needs\":4}],\"byArea\":[{\"key\":\"IX\",\"uncovered\":31,\"needs\":52}],\"byRegion\":[{\"key\":\"002\",\"uncovered\":18,\"needs\":27}],\"byPriority\":[{\"key\":\"HIGH\",\"uncovered\":9,\"needs\":15}],\"gaps\":[{\"state\":\"KEN\",\"stateName\":\"Kenya\",\"regionCode\":\"002\",\"needId\":\"activity:IX.2\",\"activities\":[\"IX.2\"],\"areas\":[\"IX\"],\"priority\":\"HIGH\",\"text\":\"Shelters and counselling for victims of the 1998 bombing\",\"stage\":\"PROPOSED\"}]}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Gaps gaps(
            @Parameter(description = "Which gap: the needs that have not reached its stage", example = "no-agreed-engagement",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"no-proposal", "no-accepted-proposal",
                            "no-agreed-engagement", "no-delivery"}, defaultValue = "no-agreed-engagement"))
            @QueryParam("gap") @DefaultValue("no-agreed-engagement") String gap,
            @Parameter(description = "Checklist area", example = "IX", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"})) @QueryParam("area") String area,
            @Parameter(description = "UN M49 region or sub-region", example = "002", schema = @Schema(type = SchemaType.STRING,
                    pattern = CodeParameters.M49)) @QueryParam("region") String region,
            @Parameter(description = "HIGH, MEDIUM or LOW", example = "HIGH", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"HIGH", "MEDIUM", "LOW"})) @QueryParam("priority") String priority,
            @Parameter(description = "How many uncovered needs to list, 0 to 1000 (the counts cover all)", example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") @DefaultValue("100") String limit,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        int n = QueryParameters.limit(limit, 100, 0, 1000);
        QueryParameters.oneOf("priority", priority, Set.of("HIGH", "MEDIUM", "LOW"));
        CodeParameters.m49("region", region);
        CoverageStage.Gap which = CoverageStage.Gap.ofCode(gap).orElseThrow(() -> ProblemException.badRequest("query.gap",
                "'" + gap + "' is not one of no-proposal, no-accepted-proposal, no-agreed-engagement, no-delivery"));
        return gaps.report(which, CodeParameters.area("area", area), region, priority, caller.get(), n);
    }
}
