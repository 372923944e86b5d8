package org.tahub.assessments.api;

import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.tahub.assessments.service.NeedsQuery;
import org.tahub.identity.CurrentCaller;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.csv.CsvTable;

@Path("/api/v1/needs")
@Tag(name = "Needs", description = "What states ask assistance for, from their current assessments")
@RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class NeedResource {

    private static final String BAD_FILTER = "Unknown filter, or a bad value (an empty one included); a page beyond 10000";
    private static final Set<String> PAGING = Set.of("page", "size");
    static final String EXAMPLE_NEEDS_LIST = "[{\"id\":\"activity:V.4\",\"assessmentId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"state\":\"KEN\",\"stateName\":\"Kenya\",\"regionCode\":\"002\",\"subregionCode\":\"202\",\"period\":2026,\"assessmentStatus\":\"SUBMITTED\",\"visibility\":\"PROVIDERS\",\"kind\":\"activity\",\"activities\":[\"V.4\"],\"areas\":[\"V\"],\"priority\":\"HIGH\",\"implementation\":\"PARTIALLY_IMPLEMENTED\",\"text\":\"The centre exists in law; no analysts trained yet.\"}]";
    static final String EXAMPLE_CSV = "state,state_name,region,period,assessment_id,assessment_status,need_id,kind,activities,areas,priority,implementation,text,language\nKEN,Kenya,002,2026,7c9e6679-7425-40de-944b-e07fc1f90ae7,SUBMITTED,activity:V.4,activity,V.4,V,HIGH,PARTIALLY_IMPLEMENTED,The centre exists in law,en\n";

    private final NeedsQuery needs;
    private final CurrentCaller caller;

    public NeedResource(NeedsQuery needs, CurrentCaller caller) {
        this.needs = needs;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Needs of every state's current assessment, highest priority first",
            description = "A state sees its own; providers those of assessments shared with providers or public; analysts all. The 2004 requests of the synopsis are the needs of the states that have not assessed themselves since.")
    @APIResponse(responseCode = "200", description = "One page of needs", content = @Content(schema = @Schema(implementation = NeedPage.class),
            examples = @ExampleObject(name = "area=V", value = "{\"items\":" + EXAMPLE_NEEDS_LIST + ",\"total\":1,\"page\":0,\"size\":50}")))
    @APIResponse(responseCode = "400", description = BAD_FILTER, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NeedPage list(
            @BeanParam NeedFilters filters,
            @Parameter(description = "Page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "Page size, at most " + PageRequest.MAX_SIZE + " (50 when absent; 200 for CSV)", example = "50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "50")) @QueryParam("size") @DefaultValue("50") String size) {
        NeedsQuery.Criteria c = filters.criteria(() -> PageRequest.of(page, size, 20), PAGING);
        var result = needs.list(c, caller.get()).map(NeedView::of);
        return new NeedPage(result.items(), result.total(), c.paging().page(), c.paging().size());
    }

    @GET
    @Produces(CsvTable.PRODUCES)
    @Operation(summary = "The same needs as CSV (the page asked for; size up to 200)")
    @APIResponse(responseCode = "200", description = "Needs as CSV", content = @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = EXAMPLE_CSV)))
    @APIResponse(responseCode = "400", description = BAD_FILTER, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response listCsv(
            @BeanParam NeedFilters filters,
            @Parameter(description = "Page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "Page size, at most " + PageRequest.MAX_SIZE + " (50 when absent; 200 for CSV)", example = "50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "50")) @QueryParam("size") @DefaultValue("200") String size) {
        NeedsQuery.Criteria c = filters.criteria(() -> PageRequest.of(page, size, 20), PAGING);
        var result = needs.list(c, caller.get()).map(NeedView::of);
        return Response.ok(csv(result.items())).header("X-Total-Count", result.total())
                .header("Content-Disposition", "attachment; filename=\"needs.csv\"").build();
    }

    @GET
    @Path("/counts")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many current needs, by state, period, priority and assessment status, and by checklist area too",
            description = "The needs list's figures without the needs: the same filters and the same rules (a state its own, providers those shared with providers or public, analysts all). In byStateAndArea a need of several areas counts once in each; total and byState count each need once.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = NeedCountsView.class),
            examples = @ExampleObject(name = "counts", value = "{\"total\":3,\"byState\":[{\"state\":\"KEN\",\"period\":2026,\"priority\":\"HIGH\",\"assessmentStatus\":\"SUBMITTED\",\"needs\":3}],\"byStateAndArea\":[{\"state\":\"KEN\",\"area\":\"V\",\"period\":2026,\"priority\":\"HIGH\",\"assessmentStatus\":\"SUBMITTED\",\"needs\":2},{\"state\":\"KEN\",\"area\":\"X\",\"period\":2026,\"priority\":\"HIGH\",\"assessmentStatus\":\"SUBMITTED\",\"needs\":1}]}")))
    @APIResponse(responseCode = "400", description = BAD_FILTER, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NeedCountsView counts(
            @BeanParam NeedFilters filters) {
        NeedsQuery.Criteria c = filters.criteria(() -> new PageRequest(0, 1), Set.of());
        return NeedCountsView.of(needs.counts(c, caller.get()));
    }

    static String csv(List<NeedView> needs) {
        CsvTable t = new CsvTable("state", "state_name", "region", "period", "assessment_id", "assessment_status",
                "need_id", "kind", "activities", "areas", "priority", "implementation", "text", "language");
        needs.forEach(n -> t.row(n.state(), n.stateName(), n.regionCode(), n.period(), n.assessmentId(),
                n.assessmentStatus(), n.id(), n.kind(), n.activities(), n.areas(), n.priority(), n.implementation(),
                n.text(), n.language()));
        return t.write();
    }

}
