package org.tahub.matching.api;

import jakarta.annotation.security.RolesAllowed;
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
import org.tahub.edge.csv.CsvTable;
import org.tahub.edge.problem.Problem;
import org.tahub.identity.CurrentCaller;
import org.tahub.identity.Roles;
import org.tahub.matching.service.Timeliness;
import org.tahub.matching.service.TimelinessReport;

@Path("/api/v1/timeliness")
@Tag(name = "Timeliness", description = "How quickly assistance follows a need: from submission to first proposal, to "
        + "agreement and to delivery (guideline 9)")
@RolesAllowed({Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class TimelinessResource {

    private static final String DESCRIPTION = "Over the needs of self-assessments the caller may see (the 2004 requests "
            + "predate TA Hub): for each stage, how many needs reached it and in how long (median, 90th percentile, "
            + "longest, in seconds), and how many current needs still wait for it and since when. A stage is measured "
            + "on the assessment version it happened on; an engagement on any version of a need ends its wait for "
            + "agreement and delivery. Overall, by area, by region and by provider (a provider sees its own row).";
    private static final String EXAMPLE = "{\"needs\":42,\"overall\":{\"key\":\"all\",\"toFirstProposal\":{\"reached\":40,\"medianSeconds\":4,\"p90Seconds\":9,\"maxSeconds\":31,\"waiting\":2,\"oldestWaitingSeconds\":3600},\"toAgreement\":{\"reached\":6,\"medianSeconds\":1209600,\"p90Seconds\":2592000,\"maxSeconds\":2592000,\"waiting\":30,\"oldestWaitingSeconds\":5184000},\"toCompletion\":{\"reached\":2,\"medianSeconds\":15552000,\"p90Seconds\":15811200,\"maxSeconds\":15811200,\"waiting\":34,\"oldestWaitingSeconds\":5184000}},\"byArea\":[],\"byRegion\":[],\"byProvider\":[]}";
    private static final String EXAMPLE_CSV = "dimension,key,stage,reached,median_seconds,p90_seconds,max_seconds,waiting,oldest_waiting_seconds\n"
            + "all,all,first-proposal,40,4,9,31,2,3600\n"
            + "all,all,agreement,6,1209600,2592000,2592000,30,5184000\n"
            + "area,V,first-proposal,12,3,7,12,0,\n";
    private static final String BAD_FILTER = "Unknown, empty or malformed filter";

    private final TimelinessReport timeliness;
    private final CurrentCaller caller;

    public TimelinessResource(TimelinessReport timeliness, CurrentCaller caller) {
        this.timeliness = timeliness;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Time from a need's submission to its first proposal, to agreement and to delivery",
            description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The timeliness report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Timeliness.class),
            examples = @ExampleObject(name = "all needs", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = BAD_FILTER, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Timeliness report(@BeanParam TimelinessFilters filters) {
        TimelinessFilters.Read f = filters.read();
        return timeliness.report(f.area(), f.region(), caller.get());
    }

    @GET
    @Produces(CsvTable.PRODUCES)
    @Operation(summary = "The same report as CSV, one row per group and stage", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The timeliness report as CSV", content = @Content(
            mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = EXAMPLE_CSV)))
    @APIResponse(responseCode = "400", description = BAD_FILTER, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response reportCsv(@BeanParam TimelinessFilters filters) {
        return Response.ok(csv(report(filters)))
                .header("Content-Disposition", "attachment; filename=\"timeliness.csv\"").build();
    }

    static String csv(Timeliness report) {
        CsvTable t = new CsvTable("dimension", "key", "stage", "reached", "median_seconds", "p90_seconds",
                "max_seconds", "waiting", "oldest_waiting_seconds");
        rows(t, "all", List.of(report.overall()));
        rows(t, "area", report.byArea());
        rows(t, "region", report.byRegion());
        rows(t, "provider", report.byProvider());
        return t.write();
    }

    private static void rows(CsvTable t, String dimension, List<Timeliness.Row> rows) {
        for (Timeliness.Row r : rows) {
            span(t, dimension, r.key(), "first-proposal", r.toFirstProposal());
            span(t, dimension, r.key(), "agreement", r.toAgreement());
            span(t, dimension, r.key(), "completion", r.toCompletion());
        }
    }

    private static void span(CsvTable t, String dimension, String key, String stage, Timeliness.Span s) {
        t.row(dimension, key, stage, s.reached(), s.medianSeconds(), s.p90Seconds(), s.maxSeconds(), s.waiting(),
                s.oldestWaitingSeconds());
    }
}
