package org.tahub.assessments.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.assessments.service.ProgressReport;
import org.tahub.identity.CurrentCaller;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.assessments.service.Progress;

@Path("/api/v1/states/{iso3}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
@Authenticated
public class ProgressResource {

    private final ProgressReport progress;
    private final CurrentCaller caller;

    public ProgressResource(ProgressReport progress, CurrentCaller caller) {
        this.progress = progress;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A state's progress across its successive assessments",
            description = "Built from the assessments the caller may see: activities improved, worsened and unchanged from one assessed period to the next, and the share implemented per area over time.")
    @APIResponse(responseCode = "200", description = "The progress report", content = @Content(schema = @Schema(implementation = Progress.class), examples = @ExampleObject(name = "KEN 2025 to 2026",
            value = "{\"state\":\"KEN\",\"stateName\":\"Kenya\",\"assessments\":[{\"period\":2025,\"revision\":1,\"status\":\"VALIDATED\",\"activitiesAnswered\":3},{\"period\":2026,\"revision\":1,\"status\":\"SUBMITTED\",\"activitiesAnswered\":3}],\"areas\":[{\"code\":\"V\",\"title\":\"Measures to combat money laundering and the financing of terrorism\",\"shares\":[{\"period\":2025,\"applicable\":2,\"implemented\":0,\"partiallyImplemented\":1,\"notImplemented\":1,\"shareImplemented\":0.0},{\"period\":2026,\"applicable\":2,\"implemented\":1,\"partiallyImplemented\":1,\"notImplemented\":0,\"shareImplemented\":0.5}]}],\"comparisons\":[{\"fromPeriod\":2025,\"toPeriod\":2026,\"improvedCount\":2,\"worsenedCount\":0,\"unchangedCount\":1,\"improved\":[{\"activity\":\"V.4\",\"area\":\"V\",\"from\":\"PARTIALLY_IMPLEMENTED\",\"to\":\"IMPLEMENTED\"}],\"worsened\":[],\"unchanged\":[\"I.1\"],\"newlyAssessed\":[],\"noLongerAssessed\":[]}]}")))
    @APIResponse(responseCode = "404", description = "No such state in the registry", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Progress get(@Parameter(description = "ISO3 of the state", example = "KEN", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.ISO3)) @PathParam("iso3") String iso3) {
        return progress.of(iso3, caller.get());
    }
}
