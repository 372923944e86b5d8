package org.tahub.assessments.api;

import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.assessments.domain.Assessment;
import org.tahub.assessments.rules.AssessmentAccess;
import org.tahub.assessments.service.AssessmentQueries;
import org.tahub.assessments.service.AssessmentWorkflow;
import org.tahub.assessments.service.NeedsQuery;
import org.tahub.identity.Caller;
import org.tahub.identity.CurrentCaller;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.parameters.IdParameters;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.conditional.EntityTags;
import org.tahub.assessments.command.ConfirmationInput;
import org.tahub.assessments.command.AnswerInput;
import org.tahub.assessments.command.AssessmentInput;
import org.tahub.assessments.command.DecisionInput;
import org.tahub.edge.csv.CsvTable;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "States' self-assessments against the implementation checklist")
public class AssessmentResource {

    private static final Set<String> FILTERS = Set.of("state", "period", "status", "origin", "page", "size");
    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final String ID = "The id of the assessment version";
    private static final String NOT_FOUND = "No such assessment, or not one the caller may see (the same answer for both)";
    private static final String INVALID = "Invalid; the offending fields are listed (the first 100, with how many more) and nothing is saved";
    private static final String IF_MATCH = "ETag of the version you read (optional; * for any)";
    static final String EXAMPLE_ASSESSMENT = "{\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"state\":\"KEN\",\"period\":2026,\"revision\":1,\"status\":\"DRAFT\",\"visibility\":\"PROVIDERS\",\"origin\":\"self-assessment\",\"version\":2,\"counts\":{\"activitiesAnswered\":1,\"assistanceNeeded\":1,\"statements\":1,\"ratifications\":1},\"answers\":[{\"activity\":\"V.4\",\"status\":\"PARTIALLY_IMPLEMENTED\",\"basis\":\"DE_JURE\",\"assistanceNeeded\":true,\"priority\":\"HIGH\",\"narrative\":\"The centre exists in law; no analysts trained yet.\",\"evidence\":[\"https://example.go.ke/poca-2009\"]}],\"ratifications\":[{\"instrument\":\"terrorist-financing-convention-1999\",\"status\":\"PARTY\",\"signedOn\":\"2001-12-04\",\"consentOn\":\"2003-06-27\"}],\"statements\":[{\"ordinal\":1,\"text\":\"Equipment to produce machine readable passports\",\"priority\":\"MEDIUM\",\"areas\":[],\"activities\":[]}]}";

    private final AssessmentWorkflow workflow;
    private final AssessmentQueries queries;
    private final NeedsQuery needs;
    private final CurrentCaller caller;

    public AssessmentResource(AssessmentWorkflow workflow, AssessmentQueries queries, NeedsQuery needs,
                              CurrentCaller caller) {
        this.workflow = workflow;
        this.queries = queries;
        this.needs = needs;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The assessments the caller may see, newest period first",
            description = "A state's focal point sees its own (drafts included); analysts every submitted one; providers those shared with providers or public.")
    @APIResponse(responseCode = "200", description = "One page of assessments", content = @Content(schema = @Schema(implementation = AssessmentPage.class),
            examples = @ExampleObject(name = "Algeria's 2004 requests", value = "{\"items\":[{\"id\":\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\",\"state\":\"DZA\",\"period\":2004,\"revision\":1,\"status\":\"SUBMITTED\",\"visibility\":\"PUBLIC\",\"origin\":\"ctc-synopsis-2004\",\"submittedAt\":\"2004-02-18T00:00:00Z\",\"activitiesAnswered\":0,\"needs\":6}],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = "Unknown filter, or a bad value (an empty one included); a page beyond 10000", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
    public AssessmentPage list(
            @Parameter(description = "ISO3 of the state", example = "DZA", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.ISO3)) @QueryParam("state") String state,
            @Parameter(description = "Reporting year", example = "2004", schema = @Schema(type = SchemaType.INTEGER, minimum = "2001", maximum = "2100")) @QueryParam("period") String period,
            @Parameter(description = "Status of the version", example = "SUBMITTED", schema = @Schema(type = SchemaType.STRING, enumeration = {"DRAFT", "SUBMITTED", "VALIDATED", "RETURNED", "SUPERSEDED"})) @QueryParam("status") String status,
            @Parameter(description = "Where the assessment comes from", example = "ctc-synopsis-2004", schema = @Schema(type = SchemaType.STRING, enumeration = {"self-assessment", "ctc-synopsis-2004"})) @QueryParam("origin") String origin,
            @Parameter(description = "Page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "Page size, at most " + PageRequest.MAX_SIZE + "", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "20")) @QueryParam("size") @DefaultValue("20") String size,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        QueryParameters.requireValues(uri);
        var criteria = new AssessmentQueries.Criteria(CodeParameters.iso3("state", state), ListParameters.period(period),
                ListParameters.status(status), ListParameters.origin(origin), PageRequest.of(page, size, 20));
        Caller who = caller.get();
        var result = queries.list(criteria, who);
        return new AssessmentPage(result.items().stream()
                .map(a -> AssessmentSummary.of(a, queries.supersededByAsSeenBy(a, who))).toList(), result.total(),
                criteria.paging().page(), criteria.paging().size());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a state's assessment for a period (a state's focal point)",
            description = "Creates revision 1 as a DRAFT. The state is the caller's own (a focal point naming another state is refused); status, revision and owner are the service's and cannot be sent.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version", content = @Content(schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "draft", value = EXAMPLE_ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "Malformed body, or a field a client may not set", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a state's focal point, or another state's", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The state already has an assessment for this period", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = INVALID, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid", value = "{\"type\":\"https://tahub.org/problems/validation-failed\",\"status\":422,\"errors\":[{\"field\":\"body.period\",\"message\":\"2031 is in the future\"},{\"field\":\"body.answers[0].activity\",\"message\":\"'V.99' is not an activity of the checklist\"}]}")))
    @RolesAllowed({Roles.STATE, Roles.ADMIN})
    public Response create(AssessmentInput body, @Context UriInfo uri) {
        Caller who = caller.get();
        Assessment a = workflow.create(body, who);
        return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                .entity(view(a, who)).tag(EntityTags.of(a.version)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One version of an assessment, whole; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The assessment", content = @Content(schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "draft", value = EXAMPLE_ASSESSMENT)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
    public Response get(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        Caller who = caller.get();
        Assessment a = queries.get(uuid(id), who);
        return Response.ok(view(a, who)).tag(EntityTags.of(a.version)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(CsvTable.PRODUCES)
    @Operation(summary = "One version of an assessment as CSV: a row per answer, statement and ratification")
    @APIResponse(responseCode = "200", description = "The assessment as CSV", content = @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = "state,period,revision,status,kind,code,area,implementation,basis,assistance_needed,priority,text,evidence,language\nKEN,2026,1,SUBMITTED,activity,V.4,V,PARTIALLY_IMPLEMENTED,DE_JURE,true,HIGH,The centre exists in law,https://example.go.ke/poca-2009,en\n")))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
    public Response csv(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        Assessment a = queries.get(uuid(id), caller.get());
        return Response.ok(AssessmentCsv.of(a)).header("Content-Disposition",
                "attachment; filename=\"assessment-" + a.state + "-" + a.period + "-r" + a.revision + ".csv\"").build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a draft's content (its state's focal point)",
            description = "Only a DRAFT changes. If-Match is optional; when sent, a draft changed since is a 412.")
    @APIResponse(responseCode = "200", description = "The draft, with its new ETag", content = @Content(schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "draft", value = EXAMPLE_ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "Malformed body, a field a client may not set, or an If-Match that is not an ETag of this API", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not its state's focal point", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The draft changed since the ETag sent", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = INVALID, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.ADMIN})
    public Response replace(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                            AssessmentInput body,
                            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, example = "\"2\"") @HeaderParam("If-Match") String ifMatch) {
        Caller who = caller.get();
        Assessment a = workflow.replace(uuid(id), body, EntityTags.optionalVersion(ifMatch), who);
        return Response.ok(view(a, who)).tag(EntityTags.of(a.version)).build();
    }

    @PUT
    @Path("/{id}/answers/{activity}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer one checklist activity of a draft (adds or replaces that answer)")
    @APIResponse(responseCode = "200", description = "The draft, with its new ETag", content = @Content(schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "draft", value = EXAMPLE_ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "Malformed body, an unknown field, or an If-Match that is not an ETag of this API", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not its state's focal point", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The draft changed since the ETag sent", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid answer, or an activity that is not in the checklist; every offending field is listed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.ADMIN})
    public Response answer(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                           @Parameter(description = "Checklist activity code", example = "V.4", schema = @Schema(type = SchemaType.STRING, maxLength = 20)) @PathParam("activity") String activity,
                           AnswerInput body,
                           @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, example = "\"2\"") @HeaderParam("If-Match") String ifMatch) {
        Caller who = caller.get();
        Assessment a = workflow.answer(uuid(id), activity, body, EntityTags.optionalVersion(ifMatch), who);
        return Response.ok(view(a, who)).tag(EntityTags.of(a.version)).build();
    }

    @DELETE
    @Path("/{id}/answers/{activity}")
    @Operation(summary = "Remove one answer from a draft")
    @APIResponse(responseCode = "200", description = "The draft, with its new ETag", content = @Content(schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "draft", value = EXAMPLE_ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "An If-Match that is not an ETag of this API", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not its state's focal point", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a draft", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The draft changed since the ETag sent", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.ADMIN})
    public Response removeAnswer(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                                 @Parameter(description = "Checklist activity code", example = "V.4", schema = @Schema(type = SchemaType.STRING, maxLength = 20)) @PathParam("activity") String activity,
                                 @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, example = "\"2\"") @HeaderParam("If-Match") String ifMatch) {
        Caller who = caller.get();
        Assessment a = workflow.removeAnswer(uuid(id), activity, EntityTags.optionalVersion(ifMatch), who);
        return Response.ok(view(a, who)).tag(EntityTags.of(a.version)).build();
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit a draft (its state's focal point)",
            description = "It becomes the state's current position; its needs are listed and announced in tahub.assessments.assessment.submitted; the version it replaces is superseded. Submitting twice is harmless.")
    @APIResponse(responseCode = "200", description = "The submitted version", content = @Content(schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "submitted", value = "{\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"state\":\"KEN\",\"period\":2026,\"revision\":1,\"status\":\"SUBMITTED\",\"submittedAt\":\"2026-11-28T10:00:00.123Z\"}")))
    @APIResponse(responseCode = "403", description = "Not its state's focal point", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a draft, or a later period is already submitted", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The draft names an activity or instrument the catalogue retired since", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.ADMIN})
    public AssessmentView submit(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        Caller who = caller.get();
        return view(workflow.submit(uuid(id), who), who);
    }

    @POST
    @Path("/{id}/validate")
    @Operation(summary = "Validate a submitted assessment (CTC analysts), with an optional comment")
    @APIResponse(responseCode = "200", description = "The validated version", content = @Content(schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "validated", value = "{\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"status\":\"VALIDATED\",\"decidedBy\":\"ctc-analyst-7\",\"decisionComment\":\"Consistent with the 2025 report.\"}")))
    @APIResponse(responseCode = "400", description = "Malformed body, or an unknown field", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an analyst", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not submitted", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A comment longer than 4,000 characters", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public AssessmentView validate(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                                   DecisionInput body) {
        Caller who = caller.get();
        return view(workflow.validate(uuid(id), body, who), who);
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return a submitted assessment for revision (CTC analysts); the comment says what to revise")
    @APIResponse(responseCode = "200", description = "The returned version", content = @Content(schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "returned", value = "{\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"status\":\"RETURNED\",\"decidedBy\":\"ctc-analyst-7\",\"decisionComment\":\"V.4: give the date the centre began operating.\"}")))
    @APIResponse(responseCode = "400", description = "Malformed body, or an unknown field", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an analyst", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not submitted", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No comment, or one longer than 4,000 characters", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public AssessmentView returnForRevision(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                                            DecisionInput body) {
        Caller who = caller.get();
        return view(workflow.returnForRevision(uuid(id), body, who), who);
    }

    @POST
    @Path("/{id}/revisions")
    @Operation(summary = "Revise a returned assessment: a new DRAFT (the next revision) starting from its content")
    @APIResponse(responseCode = "201", description = "The new draft; Location names it", content = @Content(schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "revision", value = "{\"id\":\"5b1f0c8e-6a2d-4f3b-9c7e-1d2e3f4a5b6c\",\"state\":\"KEN\",\"period\":2026,\"revision\":2,\"status\":\"DRAFT\"}")))
    @APIResponse(responseCode = "403", description = "Not its state's focal point", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not returned, or a revision is already being drafted", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.ADMIN})
    public Response revise(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                           @Context UriInfo uri) {
        Caller who = caller.get();
        Assessment a = workflow.revise(uuid(id), who);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assessments").path(a.id.toString()).build())
                .entity(view(a, who)).tag(EntityTags.of(a.version)).build();
    }

    @POST
    @Path("/{id}/confirmations")
    @Operation(summary = "Restate the 2004 requests in a new assessment: a DRAFT whose statements are those requests",
            description = "The 2004 requests of the CTC synopsis are history: neither matched nor counted in the gaps. "
                    + "Its state's focal point confirms them here for a period of its own: the new draft holds them as "
                    + "statements (tags and language kept), to edit and submit like any draft.")
    @APIResponse(responseCode = "201", description = "The new draft; Location names it", content = @Content(schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "confirmation", value = "{\"id\":\"5b1f0c8e-6a2d-4f3b-9c7e-1d2e3f4a5b6c\",\"state\":\"DZA\",\"period\":2026,\"revision\":1,\"status\":\"DRAFT\",\"origin\":\"self-assessment\"}")))
    @APIResponse(responseCode = "403", description = "Not its state's focal point", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not the 2004 requests, or the state already has an assessment for that period", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No period, or one outside 2001 to this year", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.ADMIN})
    public Response confirm(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
                            ConfirmationInput body, @Context UriInfo uri) {
        Caller who = caller.get();
        Assessment a = workflow.confirm(uuid(id), body, who);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assessments").path(a.id.toString()).build())
                .entity(view(a, who)).tag(EntityTags.of(a.version)).build();
    }

    @GET
    @Path("/{id}/needs")
    @Operation(summary = "The needs of one version: activities where the state asks for assistance, then its statements")
    @APIResponse(responseCode = "200", description = "Its needs", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NeedView.class),
            examples = @ExampleObject(name = "needs", value = NeedResource.EXAMPLE_NEEDS_LIST)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
    public List<NeedView> needs(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return needs.of(queries.get(uuid(id), caller.get())).stream().map(NeedView::of).toList();
    }

    @GET
    @Path("/{id}/needs")
    @Produces(CsvTable.PRODUCES)
    @Operation(summary = "The needs of one version as CSV")
    @APIResponse(responseCode = "200", description = "Its needs as CSV", content = @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = NeedResource.EXAMPLE_CSV)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
    public Response needsCsv(@Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        Assessment a = queries.get(uuid(id), caller.get());
        return Response.ok(NeedResource.csv(needs.of(a).stream().map(NeedView::of).toList())).header("Content-Disposition",
                "attachment; filename=\"needs-" + a.state + "-" + a.period + ".csv\"").build();
    }

    /** The version as this caller may see it: its supersededBy names no version the caller may not see. */
    private AssessmentView view(Assessment a, Caller who) {
        return AssessmentView.of(a, queries.supersededByAsSeenBy(a, who));
    }

    /** An id that is not a UUID names no assessment: the same 404 as any other. */
    private static UUID uuid(String id) {
        return IdParameters.path(id, AssessmentAccess::noSuchAssessment);
    }
}
