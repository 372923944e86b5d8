package org.tahub.assessments.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.assessments.service.RatificationsQuery;
import org.tahub.identity.CurrentCaller;
import org.tahub.identity.Roles;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.csv.CsvTable;

@Path("/api/v1/ratifications")
@Tag(name = "Ratifications", description = "Where each state says it stands towards the universal instruments, from its current assessment")
@RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class RatificationResource {

    private static final String BAD_FILTER = "Unknown filter, or a bad value (an empty one included); a page beyond 10000";
    private static final String DESCRIPTION = "One item per state whose current assessment (its latest submitted "
            + "version: awaiting validation, validated or returned) the caller may see, by ISO3: a state sees its own; "
            + "providers those shared with providers or public; analysts all. The standings are those the state "
            + "reported (self-reported, not the depositary's record); instrument= keeps only the standings towards "
            + "that instrument, and every state is listed all the same.";
    static final String EXAMPLE_ITEMS = "[{\"state\":\"KEN\",\"stateName\":\"Kenya\",\"assessmentId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"period\":2026,\"status\":\"SUBMITTED\",\"standings\":[{\"instrument\":\"terrorist-financing-convention-1999\",\"status\":\"PARTY\",\"signedOn\":\"2001-12-04\",\"consentOn\":\"2003-06-27\"},{\"instrument\":\"hostages-convention-1979\",\"status\":\"NOT_PARTY\",\"signedOn\":null,\"consentOn\":null}]}]";
    static final String EXAMPLE_CSV = "state,state_name,period,assessment_id,instrument,status,signed_on,consent_on\n"
            + "KEN,Kenya,2026,7c9e6679-7425-40de-944b-e07fc1f90ae7,terrorist-financing-convention-1999,PARTY,2001-12-04,2003-06-27\n"
            + "KEN,Kenya,2026,7c9e6679-7425-40de-944b-e07fc1f90ae7,hostages-convention-1979,NOT_PARTY,,\n";

    private final RatificationsQuery ratifications;
    private final CurrentCaller caller;

    public RatificationResource(RatificationsQuery ratifications, CurrentCaller caller) {
        this.ratifications = ratifications;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each state's standing towards the universal instruments, from its current assessment", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of states, by ISO3", content = @Content(schema = @Schema(implementation = RatificationPage.class),
            examples = @ExampleObject(name = "state=KEN", value = "{\"items\":" + EXAMPLE_ITEMS + ",\"total\":1,\"page\":0,\"size\":50}")))
    @APIResponse(responseCode = "400", description = BAD_FILTER, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RatificationPage list(
            @BeanParam RatificationFilters filters,
            @Parameter(description = "Page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "States per page, at most 200 (50 when absent; 200 for CSV)", example = "50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "50")) @QueryParam("size") @DefaultValue("50") String size) {
        RatificationsQuery.Criteria c = filters.criteria(() -> PageRequest.of(page, size, 20));
        var result = ratifications.list(c, caller.get()).map(StateRatificationsView::of);
        return new RatificationPage(result.items(), result.total(), c.paging().page(), c.paging().size());
    }

    @GET
    @Produces(CsvTable.PRODUCES)
    @Operation(summary = "The same standings as CSV, one row per state and instrument",
            description = "The page of states asked for (size up to 200), one row per standing each reports; a state that reports none has no row. X-Total-Count counts the states.")
    @APIResponse(responseCode = "200", description = "Standings as CSV", content = @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = EXAMPLE_CSV)))
    @APIResponse(responseCode = "400", description = BAD_FILTER, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response listCsv(
            @BeanParam RatificationFilters filters,
            @Parameter(description = "Page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "States per page, at most 200 (50 when absent; 200 for CSV)", example = "50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "50")) @QueryParam("size") @DefaultValue("200") String size) {
        RatificationsQuery.Criteria c = filters.criteria(() -> PageRequest.of(page, size, 20));
        var result = ratifications.list(c, caller.get()).map(StateRatificationsView::of);
        return Response.ok(csv(result.items())).header("X-Total-Count", result.total())
                .header("Content-Disposition", "attachment; filename=\"ratifications.csv\"").build();
    }

    static String csv(List<StateRatificationsView> states) {
        CsvTable t = new CsvTable("state", "state_name", "period", "assessment_id", "instrument", "status",
                "signed_on", "consent_on");
        states.forEach(s -> s.standings().forEach(r -> t.row(s.state(), s.stateName(), s.period(), s.assessmentId(),
                r.instrument(), r.status(), r.signedOn(), r.consentOn())));
        return t.write();
    }
}
