package org.tahub.matching.api;

import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.rules.FilterValues;
import org.tahub.edge.paging.PageRequest;
import org.tahub.matching.service.MatchDecisions;
import org.tahub.matching.service.MatchQueries;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.parameters.IdParameters;

@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "Offers proposed for states' needs, explained, and the answers to them")
@RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ANALYST, Roles.ADMIN})
public class MatchResource {

    private static final Set<String> FILTERS = Set.of("state", "assessment", "provider", "need", "status", "page", "size");
    private static final Set<String> BY_NEED = Set.of("assessment");
    private static final Set<String> COUNT_FILTERS = Set.of("state", "provider");
    private static final String PROBLEM = "application/problem+json";
    static final String EXAMPLE = "{\"id\":\"c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"assessmentId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"needId\":\"activity:V.4\",\"state\":\"KEN\",\"offerId\":\"egmont-group-fiu-mentoring\",\"providerId\":\"egmont-group\",\"rank\":1,\"score\":0.86,\"components\":[{\"name\":\"activity\",\"value\":1.0,\"weight\":0.35,\"explanation\":\"covers V.4, the activity of the need\"},{\"name\":\"language\",\"value\":1.0,\"weight\":0.15,\"explanation\":\"delivered in en, fr; Kenya works in en\"},{\"name\":\"capacity\",\"value\":0.9,\"weight\":0.1,\"explanation\":\"4 of 5 places free\"}],\"explanation\":\"covers V.4, the activity of the need; delivered in en, fr; Kenya works in en; Kenya gives this need HIGH priority\",\"coordination\":null,\"status\":\"PROPOSED\"}";

    private final MatchQueries queries;
    private final MatchDecisions decisions;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public MatchResource(MatchQueries queries, MatchDecisions decisions, CurrentCaller caller, ObjectMapper json) {
        this.queries = queries;
        this.decisions = decisions;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Operation(summary = "Proposals the caller may see (withdrawn ones only when asked for)",
            description = "A state sees those for its own needs; a provider those of its own offers, for assessments shared with providers or public; analysts all.")
    @APIResponse(responseCode = "200", description = "One page of proposals", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MatchPage.class), examples = @ExampleObject(name = "state=KEN", value = "{\"items\":[" + EXAMPLE + "],\"total\":1,\"page\":0,\"size\":50}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value; a page beyond 10000",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public MatchPage list(
            @Parameter(description = "ISO3", example = "KEN", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.ISO3))
            @QueryParam("state") String state,
            @Parameter(description = "Assessment id", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("assessment") String assessment,
            @Parameter(description = "Provider id", example = "egmont-group", schema = @Schema(type = SchemaType.STRING,
                    pattern = FilterValues.PROVIDER, maxLength = FilterValues.PROVIDER_MAX)) @QueryParam("provider") String provider,
            @Parameter(description = "Need id within the assessment", example = "activity:V.4", schema = @Schema(type = SchemaType.STRING,
                    pattern = FilterValues.NEED, maxLength = FilterValues.NEED_MAX)) @QueryParam("need") String need,
            @Parameter(description = "PROPOSED, ACCEPTED, DECLINED, AGREED or WITHDRAWN", example = "PROPOSED", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"PROPOSED", "ACCEPTED", "DECLINED", "AGREED", "WITHDRAWN"})) @QueryParam("status") String status,
            @Parameter(description = "Page, from 0 to 10000", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "Page size, 1 to 200", example = "50", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_SIZE, defaultValue = "50")) @QueryParam("size") @DefaultValue("50") String size,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        PageRequest pages = PageRequest.of(page, size, 50);
        MatchStatus st = QueryParameters.enumValue(MatchStatus.class, "status", status);
        var result = queries.list(new MatchQueries.Criteria(CodeParameters.iso3("state", state),
                IdParameters.query("assessment", assessment), FilterValues.provider(provider),
                FilterValues.need(need), st, pages), caller.get());
        return new MatchPage(result.items().stream().map(MatchView::of).toList(), result.total(), pages.page(), pages.size());
    }

    @GET
    @Path("/counts")
    @Operation(summary = "How many proposals were made each month, by their status now (withdrawn ones included)",
            description = "The same proposals the list shows the caller (a state its own, a provider its own offers', analysts all), counted by the month they were made (UTC) and their status: the pipeline's figures in one call.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = MatchCountsView.class),
            examples = @ExampleObject(name = "counts", value = "{\"total\":7,\"byMonth\":[{\"month\":\"2026-11\",\"status\":\"ACCEPTED\",\"proposals\":2},{\"month\":\"2026-11\",\"status\":\"PROPOSED\",\"proposals\":5}]}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class)))
    public MatchCountsView counts(
            @Parameter(description = "ISO3 of the state", example = "KEN", schema = @Schema(type = SchemaType.STRING,
                    pattern = CodeParameters.ISO3)) @QueryParam("state") String state,
            @Parameter(description = "Provider id", example = "unodc-tpb", schema = @Schema(type = SchemaType.STRING,
                    pattern = FilterValues.PROVIDER, maxLength = FilterValues.PROVIDER_MAX)) @QueryParam("provider") String provider,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, COUNT_FILTERS);
        return MatchCountsView.of(queries.countsByMonth(CodeParameters.iso3("state", state), FilterValues.provider(provider),
                caller.get()));
    }

    @GET
    @Path("/by-need")
    @Operation(summary = "Every need of an assessment with its proposals, and the catalogue's tools and instruments that serve it")
    @APIResponse(responseCode = "200", description = "The needs and what is proposed for each", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = NeedMatchesView.class), examples = @ExampleObject(name = "by need", value = "[{\"needId\":\"activity:V.4\",\"kind\":\"activity\",\"activities\":[\"V.4\"],\"areas\":[\"V\"],\"priority\":\"HIGH\",\"proposals\":[" + EXAMPLE + "],\"tools\":[{\"type\":\"tool\",\"id\":\"imf-suppressing-financing-terrorism-handbook-2003\",\"title\":\"Suppressing the Financing of Terrorism: A Handbook for Legislative Drafting\",\"relevance\":1.0,\"reason\":\"addresses V.4\"}],\"instruments\":[{\"type\":\"instrument\",\"id\":\"terrorist-financing-convention-1999\",\"title\":\"International Convention for the Suppression of the Financing of Terrorism\",\"relevance\":0.5,\"reason\":\"Kenya is not a party to it; it bears on area V\"}]}]")))
    @APIResponse(responseCode = "400", description = "No assessment id, or not an id; an unknown parameter",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such assessment, or not one the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<NeedMatchesView> byNeed(@Parameter(description = "Assessment id", required = true,
            schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("assessment") String assessment,
                                        @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, BY_NEED);
        return queries.byNeed(IdParameters.requiredQuery("assessment", assessment), caller.get()).stream()
                .map(NeedMatchesView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One proposal")
    @APIResponse(responseCode = "200", description = "The proposal", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MatchView.class), examples = @ExampleObject(name = "proposal", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such proposal, or not one the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public MatchView get(@PathParam("id") String id) {
        return MatchView.of(queries.get(IdParameters.path(id, () -> ProblemException.notFound("match " + id)), caller.get()));
    }

    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ADMIN})
    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept a proposal (its provider); publishes tahub.matching.match.accepted",
            description = "The body is optional: none, or {\"reason\": \"...\"}.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionInput.class)))
    @APIResponse(responseCode = "200", description = "The accepted proposal", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MatchView.class), examples = @ExampleObject(name = "accepted", value = "{\"id\":\"c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"status\":\"ACCEPTED\",\"decidedBy\":\"officer-egmont-group\"}")))
    @APIResponse(responseCode = "400", description = "A body other than none or {\"reason\": \"...\"}",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not this proposal's provider",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such proposal, or not one the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not proposed any more",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A reason too long",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Consumes(MediaType.WILDCARD)
    public MatchView accept(@PathParam("id") String id, String body) {
        return MatchView.of(decisions.accept(IdParameters.path(id, () -> ProblemException.notFound("match " + id)), DecisionInput.reasonIn(body, json), caller.get()));
    }

    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ADMIN})
    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Decline a proposal (its provider); it is not proposed again; publishes tahub.matching.match.declined",
            description = "The body is optional: none, or {\"reason\": \"...\"}.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionInput.class)))
    @APIResponse(responseCode = "200", description = "The declined proposal", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MatchView.class), examples = @ExampleObject(name = "declined", value = "{\"id\":\"c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"status\":\"DECLINED\",\"decisionReason\":\"No French-speaking mentor this year.\"}")))
    @APIResponse(responseCode = "400", description = "A body other than none or {\"reason\": \"...\"}",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not this proposal's provider",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such proposal, or not one the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already agreed or withdrawn",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A reason too long",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Consumes(MediaType.WILDCARD)
    public MatchView decline(@PathParam("id") String id, String body) {
        return MatchView.of(decisions.decline(IdParameters.path(id, () -> ProblemException.notFound("match " + id)), DecisionInput.reasonIn(body, json), caller.get()));
    }

    @RolesAllowed({Roles.STATE, Roles.PROVIDER, Roles.ADMIN})
    @POST
    @Path("/{id}/agree")
    @Operation(summary = "Agree to an accepted proposal (the state's focal point): the engagement begins")
    @APIResponse(responseCode = "200", description = "The agreed proposal", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MatchView.class), examples = @ExampleObject(name = "agreed", value = "{\"id\":\"c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"status\":\"AGREED\"}")))
    @APIResponse(responseCode = "403", description = "Not this need's state",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such proposal, or not one the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not accepted by the provider",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public MatchView agree(@PathParam("id") String id) {
        return MatchView.of(decisions.agree(IdParameters.path(id, () -> ProblemException.notFound("match " + id)), caller.get()));
    }

}
