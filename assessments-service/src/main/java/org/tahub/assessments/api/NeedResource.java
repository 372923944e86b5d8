package org.tahub.assessments.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.assessments.service.NeedsQuery;
import org.tahub.identity.CurrentCaller;
import org.tahub.problems.ProblemException;
import org.tahub.problems.QueryParameters;

@Path("/api/v1/needs")
@Tag(name = "Needs", description = "What states ask assistance for, from their current assessments")
public class NeedResource {

    private static final Set<String> FILTERS = Set.of("state", "area", "activity", "priority", "region", "kind", "page", "size");
    static final String EXAMPLE_NEEDS_LIST = "[{\"id\":\"activity:V.4\",\"assessmentId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"state\":\"KEN\",\"stateName\":\"Kenya\",\"regionCode\":\"002\",\"subregionCode\":\"202\",\"period\":2026,\"assessmentStatus\":\"SUBMITTED\",\"visibility\":\"PROVIDERS\",\"kind\":\"activity\",\"activities\":[\"V.4\"],\"areas\":[\"V\"],\"priority\":\"HIGH\",\"implementation\":\"PARTIALLY_IMPLEMENTED\",\"text\":\"The centre exists in law; no analysts trained yet.\"}]";
    static final String EXAMPLE_CSV = "state,state_name,region,period,assessment_id,assessment_status,need_id,kind,activities,areas,priority,implementation,text\nKEN,Kenya,002,2026,7c9e6679-7425-40de-944b-e07fc1f90ae7,SUBMITTED,activity:V.4,activity,V.4,V,HIGH,PARTIALLY_IMPLEMENTED,The centre exists in law\n";

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
    @APIResponse(responseCode = "200", description = "One page of needs", content = @Content(examples = @ExampleObject(name = "area=V",
            value = "{\"items\":" + EXAMPLE_NEEDS_LIST + ",\"total\":1,\"page\":0,\"size\":50}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = "application/problem+json"))
    public Page<NeedView> list(
            @Parameter(description = "ISO3 of the state", example = "KEN") @QueryParam("state") String state,
            @Parameter(description = "Checklist area", example = "V") @QueryParam("area") String area,
            @Parameter(description = "Checklist activity", example = "V.4") @QueryParam("activity") String activity,
            @Parameter(description = "HIGH, MEDIUM or LOW", example = "HIGH") @QueryParam("priority") String priority,
            @Parameter(description = "UN M49 region, sub-region or intermediate region code", example = "002") @QueryParam("region") String region,
            @Parameter(description = "activity or statement", example = "activity") @QueryParam("kind") String kind,
            @Parameter(description = "Page, from 0", example = "0") @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "Page size, at most 200", example = "50") @QueryParam("size") @DefaultValue("50") String size,
            @Context UriInfo uri) {
        NeedsQuery.Criteria c = criteria(state, area, activity, priority, region, kind, page, size, uri);
        var result = needs.list(c, caller.get());
        return new Page<>(result.items(), result.total(), c.page(), c.size());
    }

    @GET
    @Produces(CsvTable.PRODUCES)
    @Operation(summary = "The same needs as CSV (the page asked for; size up to 200)")
    @APIResponse(responseCode = "200", description = "Needs as CSV", content = @Content(mediaType = CsvTable.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = EXAMPLE_CSV)))
    public Response listCsv(@QueryParam("state") String state, @QueryParam("area") String area,
                            @QueryParam("activity") String activity, @QueryParam("priority") String priority,
                            @QueryParam("region") String region, @QueryParam("kind") String kind,
                            @QueryParam("page") @DefaultValue("0") String page,
                            @QueryParam("size") @DefaultValue("200") String size, @Context UriInfo uri) {
        NeedsQuery.Criteria c = criteria(state, area, activity, priority, region, kind, page, size, uri);
        var result = needs.list(c, caller.get());
        return Response.ok(csv(result.items())).header("X-Total-Count", result.total())
                .header("Content-Disposition", "attachment; filename=\"needs.csv\"").build();
    }

    static String csv(List<NeedView> needs) {
        CsvTable t = new CsvTable("state", "state_name", "region", "period", "assessment_id", "assessment_status",
                "need_id", "kind", "activities", "areas", "priority", "implementation", "text");
        needs.forEach(n -> t.row(n.state(), n.stateName(), n.regionCode(), n.period(), n.assessmentId(),
                n.assessmentStatus(), n.id(), n.kind(), n.activities(), n.areas(), n.priority(), n.implementation(),
                n.text()));
        return t.write();
    }

    private static NeedsQuery.Criteria criteria(String state, String area, String activity, String priority,
                                                String region, String kind, String page, String size, UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        if (region != null && !region.matches("[0-9]{3}")) {
            throw ProblemException.badRequest("query.region", "'" + region + "' is not a UN M49 code (e.g. 002 Africa)");
        }
        if (kind != null && !kind.equals("activity") && !kind.equals("statement")) {
            throw ProblemException.badRequest("query.kind", "'" + kind + "' is neither activity nor statement");
        }
        return new NeedsQuery.Criteria(ListParameters.state(state), ListParameters.area(area), activity,
                ListParameters.priority(priority), region, kind, ListParameters.page(page), ListParameters.size(size));
    }
}
