package org.tahub.matching.api;

import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.matching.domain.Engagement;
import org.tahub.matching.domain.EngagementStatus;
import org.tahub.matching.rules.FilterValues;
import org.tahub.matching.service.EngagementWorkflow;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.parameters.IdParameters;
import org.tahub.matching.iati.IatiActivities;

@Path("/api/v1/engagements")
@Tag(name = "Engagements", description = "Assistance agreed between a state and a provider, through delivery to evaluation")
@RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class EngagementResource {

    private static final Set<String> FILTERS = Set.of("state", "provider", "status", "format", "limit");
    private static final String PROBLEM = "application/problem+json";
    private static final String EXAMPLE = "{\"id\":\"0f1e2d3c-4b5a-4697-8877-665544332211\",\"matchId\":\"c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"needId\":\"activity:V.4\",\"state\":\"KEN\",\"providerId\":\"egmont-group\",\"offerId\":\"egmont-group-fiu-mentoring\",\"activities\":[\"V.4\"],\"areas\":[\"V\"],\"status\":\"COMPLETED\",\"baselinePeriod\":2026,\"baselineStatus\":\"PARTIALLY_IMPLEMENTED\",\"outcome\":\"Six analysts mentored for six months.\",\"afterPeriod\":2027,\"afterStatus\":\"IMPLEMENTED\",\"impact\":\"IMPROVED\"}";

    private final EngagementWorkflow workflow;
    private final CurrentCaller caller;

    public EngagementResource(EngagementWorkflow workflow, CurrentCaller caller) {
        this.workflow = workflow;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, IatiActivities.MEDIA_TYPE})
    @Operation(summary = "Engagements the caller may see; format=iati gives them as IATI 2.03 activities (XML)",
            description = "A state sees its own, a provider its own, analysts all. The IATI export names the provider as reporting, funding and implementing organisation, the state as recipient country, DAC sectors 15130 / 15210 / 15113 and the checklist codes as the reporting organisation's vocabulary (99).")
    @APIResponse(responseCode = "200", description = "The engagements (JSON), or IATI 2.03 XML with format=iati", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = EngagementView.class),
                    examples = @ExampleObject(name = "engagements", value = "[" + EXAMPLE + "]")),
            @Content(mediaType = IatiActivities.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = "An IATI 2.03 iati-activities document"),
                    examples = @ExampleObject(name = "iati",
                    value = "<iati-activities version=\"2.03\"><iati-activity default-currency=\"USD\"><iati-identifier>egmont-group-0f1e2d3c-4b5a-4697-8877-665544332211</iati-identifier><reporting-org ref=\"egmont-group\" type=\"40\"><narrative>Egmont Group of Financial Intelligence Units</narrative></reporting-org><activity-status code=\"3\"/><recipient-country code=\"KE\" percentage=\"100\"/><sector vocabulary=\"1\" code=\"15130\" percentage=\"100\"/><sector vocabulary=\"99\" vocabulary-uri=\"https://tahub.org/checklist\" code=\"V.4\" percentage=\"100\"/></iati-activity></iati-activities>"))})
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "ISO3", example = "KEN", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.ISO3))
            @QueryParam("state") String state,
            @Parameter(description = "Provider id", example = "egmont-group", schema = @Schema(type = SchemaType.STRING,
                    pattern = FilterValues.PROVIDER, maxLength = FilterValues.PROVIDER_MAX)) @QueryParam("provider") String provider,
            @Parameter(description = "AGREED, IN_DELIVERY, COMPLETED or EVALUATED", example = "COMPLETED", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"AGREED", "IN_DELIVERY", "COMPLETED", "EVALUATED"})) @QueryParam("status") String status,
            @Parameter(description = "json (default) or iati", example = "iati", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"json", "iati"}, defaultValue = "json")) @QueryParam("format") @DefaultValue("json") String format,
            @Parameter(description = "At most this many (1 to 5000)", example = "500", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "5000", defaultValue = "500")) @QueryParam("limit") @DefaultValue("500") String limit,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        int n = QueryParameters.limit(limit, 500, 1, 5000);
        if (!format.equals("json") && !format.equals("iati")) {
            throw ProblemException.badRequest("query.format", "'" + format + "' is neither json nor iati");
        }
        EngagementStatus st = QueryParameters.enumValue(EngagementStatus.class, "status", status);
        List<Engagement> engagements = workflow.list(CodeParameters.iso3("state", state), FilterValues.provider(provider), st,
                caller.get(), n);
        if (format.equals("iati")) {
            return Response.ok(workflow.iati(engagements), IatiActivities.MEDIA_TYPE).build();
        }
        return Response.ok(engagements.stream().map(EngagementView::of).toList(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One engagement")
    @APIResponse(responseCode = "200", description = "The engagement", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EngagementView.class), examples = @ExampleObject(name = "engagement", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such engagement, or not one the caller may see", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    public EngagementView get(@PathParam("id") String id) {
        return EngagementView.of(workflow.get(id(id), caller.get()));
    }

    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ADMIN})
    @POST
    @Path("/{id}/start")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start delivery (the provider); publishes tahub.matching.engagement.started")
    @APIResponse(responseCode = "200", description = "In delivery", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EngagementView.class), examples = @ExampleObject(name = "started",
            value = "{\"id\":\"0f1e2d3c-4b5a-4697-8877-665544332211\",\"status\":\"IN_DELIVERY\"}")))
    @APIResponse(responseCode = "403", description = "Not this engagement's provider", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such engagement, or not one the caller may see", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not agreed", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    public EngagementView start(@PathParam("id") String id) {
        return EngagementView.of(workflow.start(id(id), caller.get()));
    }

    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ADMIN})
    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete delivery (the provider), saying what was delivered; publishes tahub.matching.engagement.completed")
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EngagementView.class), examples = @ExampleObject(name = "completed", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, or a field is unknown, of the wrong type or holds a control character",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not this engagement's provider", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such engagement, or not one the caller may see", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not in delivery", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No outcome, or too long", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    public EngagementView complete(@PathParam("id") String id, @Valid EngagementInput body) {
        return EngagementView.of(workflow.complete(id(id), body == null ? null : body.outcome(), caller.get()));
    }

    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ADMIN})
    @POST
    @Path("/{id}/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate a completed engagement (the state): a rating from 1 to 5 and a comment")
    @APIResponse(responseCode = "200", description = "Evaluated", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EngagementView.class), examples = @ExampleObject(name = "evaluated",
            value = "{\"id\":\"0f1e2d3c-4b5a-4697-8877-665544332211\",\"status\":\"EVALUATED\",\"evaluationRating\":4}")))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, or a field is unknown, of the wrong type or holds a control character",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not this engagement's state", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such engagement, or not one the caller may see", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not completed", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No rating, or out of range; a comment too long", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    public EngagementView evaluate(@PathParam("id") String id, @Valid EngagementInput body) {
        return EngagementView.of(workflow.evaluate(id(id), body == null ? null : body.rating(),
                body == null ? null : body.comment(), caller.get()));
    }

    private static UUID id(String id) {
        return IdParameters.path(id, () -> ProblemException.notFound("engagement " + id));
    }
}
