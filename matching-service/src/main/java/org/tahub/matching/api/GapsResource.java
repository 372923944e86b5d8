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
import org.tahub.matching.rules.FilterValues;
import org.tahub.matching.rules.PageRequest;
import org.tahub.matching.service.GapsReport;
import org.tahub.problems.Problem;
import org.tahub.problems.ProblemException;
import org.tahub.problems.QueryParameters;

@Path("/api/v1/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gaps", description = "Needs no offer serves: what a donor should fund next")
@RolesAllowed({Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class GapsResource {

    private static final Set<String> FILTERS = Set.of("area", "region", "priority", "limit");

    private final GapsReport gaps;
    private final CurrentCaller caller;

    public GapsResource(GapsReport gaps, CurrentCaller caller) {
        this.gaps = gaps;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Current needs with no viable offer, counted by area, region and priority, highest priority first")
    @APIResponse(responseCode = "200", description = "The gaps", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GapsView.class), examples = @ExampleObject(name = "area=IX",
            value = "{\"needs\":52,\"uncovered\":31,\"byArea\":[{\"key\":\"IX\",\"uncovered\":31,\"needs\":52}],\"byRegion\":[{\"key\":\"002\",\"uncovered\":18,\"needs\":27}],\"byPriority\":[{\"key\":\"HIGH\",\"uncovered\":9,\"needs\":15}],\"gaps\":[{\"state\":\"KEN\",\"stateName\":\"Kenya\",\"regionCode\":\"002\",\"needId\":\"activity:IX.2\",\"activities\":[\"IX.2\"],\"areas\":[\"IX\"],\"priority\":\"HIGH\",\"text\":\"Shelters and counselling for victims of the 1998 bombing\"}]}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public GapsView gaps(
            @Parameter(description = "Checklist area", example = "IX", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"})) @QueryParam("area") String area,
            @Parameter(description = "UN M49 region or sub-region", example = "002", schema = @Schema(type = SchemaType.STRING,
                    pattern = "[0-9]{3}")) @QueryParam("region") String region,
            @Parameter(description = "HIGH, MEDIUM or LOW", example = "HIGH", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"HIGH", "MEDIUM", "LOW"})) @QueryParam("priority") String priority,
            @Parameter(description = "How many uncovered needs to list, 0 to 1000 (the counts cover all)", example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") @DefaultValue("100") String limit,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        int n = PageRequest.limit(limit, 100, 0, 1000);
        if (priority != null && !Set.of("HIGH", "MEDIUM", "LOW").contains(priority)) {
            throw ProblemException.badRequest("query.priority", "'" + priority + "' is not one of HIGH, MEDIUM, LOW");
        }
        if (region != null && !region.matches("[0-9]{3}")) {
            throw ProblemException.badRequest("query.region", "'" + region + "' is not a UN M49 code (e.g. 002)");
        }
        return gaps.report(FilterValues.area(area), region, priority, caller.get(), n);
    }
}
