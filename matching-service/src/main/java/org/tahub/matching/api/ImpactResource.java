package org.tahub.matching.api;

import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.matching.service.EngagementWorkflow;
import org.tahub.matching.service.ImpactLedger;
import org.tahub.edge.csv.CsvTable;
import org.tahub.edge.problem.Problem;
import org.tahub.matching.service.Impact;

@Path("/api/v1/impact")
@Tag(name = "Impact", description = "What assistance changed, measured by the states' successive assessments (guideline 7)")
@RolesAllowed({Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class ImpactResource {

    static final String EXAMPLE_CSV = "dimension,key,engagements,completed,measured,improved,unchanged,worsened,"
            + "not_reported,improvement_rate\n"
            + "provider,egmont-group,3,2,2,1,1,0,0,0.5\n"
            + "area,V,3,2,2,1,1,0,0,0.5\n"
            + "state,KEN,3,2,2,1,1,0,0,0.5\n";

    private final EngagementWorkflow engagements;
    private final ImpactLedger impact;
    private final CurrentCaller caller;

    public ImpactResource(EngagementWorkflow engagements, ImpactLedger impact, CurrentCaller caller) {
        this.engagements = engagements;
        this.impact = impact;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Impact by provider, area and state",
            description = "Each completed engagement is compared with its activity's status in the state's next assessment: improved, unchanged, worsened, or not reported. A provider sees its own engagements; analysts all.")
    @APIResponse(responseCode = "200", description = "The impact", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Impact.class), examples = @ExampleObject(name = "impact",
            value = "{\"byProvider\":[{\"key\":\"egmont-group\",\"engagements\":3,\"completed\":2,\"measured\":2,\"improved\":1,\"unchanged\":1,\"worsened\":0,\"notReported\":0,\"improvementRate\":0.5}],\"byArea\":[{\"key\":\"V\",\"engagements\":3,\"completed\":2,\"measured\":2,\"improved\":1,\"unchanged\":1,\"worsened\":0,\"notReported\":0,\"improvementRate\":0.5}],\"byState\":[{\"key\":\"KEN\",\"engagements\":3,\"completed\":2,\"measured\":2,\"improved\":1,\"unchanged\":1,\"worsened\":0,\"notReported\":0,\"improvementRate\":0.5}]}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Impact impact(@BeanParam ImpactFilters filters) {
        ImpactFilters.Read f = filters.read();
        return impact.report(engagements.list(f.state(), f.provider(), null, caller.get(), 100_000));
    }

    @GET
    @Produces(CsvTable.PRODUCES)
    @Operation(summary = "The same impact as CSV, one row per provider, area and state")
    @APIResponse(responseCode = "200", description = "The impact as CSV", content = @Content(
            mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = EXAMPLE_CSV)))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response impactCsv(@BeanParam ImpactFilters filters) {
        return Response.ok(csv(impact(filters)))
                .header("Content-Disposition", "attachment; filename=\"impact.csv\"").build();
    }

    static String csv(Impact report) {
        CsvTable t = new CsvTable("dimension", "key", "engagements", "completed", "measured", "improved", "unchanged",
                "worsened", "not_reported", "improvement_rate");
        rows(t, "provider", report.byProvider());
        rows(t, "area", report.byArea());
        rows(t, "state", report.byState());
        return t.write();
    }

    private static void rows(CsvTable t, String dimension, List<Impact.Row> rows) {
        rows.forEach(r -> t.row(dimension, r.key(), r.engagements(), r.completed(), r.measured(), r.improved(),
                r.unchanged(), r.worsened(), r.notReported(), r.improvementRate()));
    }
}
