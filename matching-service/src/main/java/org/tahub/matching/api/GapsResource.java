package org.tahub.matching.api;

import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.matching.service.GapsReport;
import org.tahub.edge.csv.CsvTable;
import org.tahub.edge.problem.Problem;
import org.tahub.matching.service.Gaps;

@Path("/api/v1/gaps")
@Tag(name = "Gaps", description = "Needs short of a stage (no proposal, no accepted proposal, no agreed engagement, no "
        + "delivery): what a donor should fund next")
@RolesAllowed({Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class GapsResource {

    static final String EXAMPLE_CSV = "state,state_name,region,assessment_id,need_id,activities,areas,priority,stage,text\n"
            + "KEN,Kenya,002,7c9e6679-7425-40de-944b-e07fc1f90ae7,activity:IX.2,IX.2,IX,HIGH,PROPOSED,"
            + "Shelters and counselling for victims of the 1998 bombing\n";

    private final GapsReport gaps;
    private final CurrentCaller caller;

    public GapsResource(GapsReport gaps, CurrentCaller caller) {
        this.gaps = gaps;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Current needs short of a stage, counted by stage, area, region and priority, highest priority first",
            description = "gap=no-agreed-engagement (the default) counts the needs no engagement has been agreed for, "
                    + "proposed or accepted ones included; no-proposal, no-accepted-proposal and no-delivery count the "
                    + "other stages. byStage says how many needs stand at each stage.")
    @APIResponse(responseCode = "200", description = "The gaps", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Gaps.class), examples = @ExampleObject(name = "area=IX",
            value = "{\"gap\":\"no-agreed-engagement\",\"needs\":52,\"uncovered\":31,\"byStage\":[{\"stage\":\"NO_PROPOSAL\",\"needs\":12},{\"stage\":\"PROPOSED\",\"needs\":15},{\"stage\":\"ACCEPTED\",\"needs\":4},{\"stage\":\"AGREED\",\"needs\":9},{\"stage\":\"IN_DELIVERY\",\"needs\":8},{\"stage\":\"DELIVERED\",\"needs\":4}],\"byArea\":[{\"key\":\"IX\",\"uncovered\":31,\"needs\":52}],\"byRegion\":[{\"key\":\"002\",\"uncovered\":18,\"needs\":27}],\"byPriority\":[{\"key\":\"HIGH\",\"uncovered\":9,\"needs\":15}],\"gaps\":[{\"state\":\"KEN\",\"stateName\":\"Kenya\",\"regionCode\":\"002\",\"needId\":\"activity:IX.2\",\"activities\":[\"IX.2\"],\"areas\":[\"IX\"],\"priority\":\"HIGH\",\"text\":\"Shelters and counselling for victims of the 1998 bombing\",\"stage\":\"PROPOSED\"}]}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Gaps gaps(@BeanParam GapsFilters filters) {
        GapsFilters.Read f = filters.read();
        return gaps.report(f.gap(), f.area(), f.region(), f.priority(), caller.get(), f.limit());
    }

    @GET
    @Produces(CsvTable.PRODUCES)
    @Operation(summary = "The needs of the gap as CSV, one row per need, highest priority first",
            description = "The same needs as the gaps list of the JSON answer (limit applies); X-Total-Count counts "
                    + "every need in the gap.")
    @APIResponse(responseCode = "200", description = "The gap's needs as CSV", content = @Content(
            mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = EXAMPLE_CSV)))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response gapsCsv(@BeanParam GapsFilters filters) {
        Gaps report = gaps(filters);
        return Response.ok(csv(report)).header("X-Total-Count", report.uncovered())
                .header("Content-Disposition", "attachment; filename=\"gaps.csv\"").build();
    }

    static String csv(Gaps report) {
        CsvTable t = new CsvTable("state", "state_name", "region", "assessment_id", "need_id", "activities", "areas",
                "priority", "stage", "text");
        report.gaps().forEach(g -> t.row(g.state(), g.stateName(), g.regionCode(), g.assessmentId(), g.needId(),
                g.activities(), g.areas(), g.priority(), g.stage(), g.text()));
        return t.write();
    }
}
