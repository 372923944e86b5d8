package org.tahub.matching.api;

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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.matching.domain.MatchStatus;
import org.tahub.matching.service.MatchDecisions;
import org.tahub.matching.service.MatchQueries;
import org.tahub.problems.ProblemException;
import org.tahub.problems.QueryParameters;

@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "Offers proposed for states' needs, explained, and the answers to them")
public class MatchResource {

    private static final Set<String> FILTERS = Set.of("state", "assessment", "provider", "need", "status", "page", "size");
    private static final String PROBLEM = "application/problem+json";
    static final String EXAMPLE = "{\"id\":\"c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"assessmentId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"needId\":\"activity:V.4\",\"state\":\"KEN\",\"offerId\":\"egmont-group-fiu-mentoring\",\"providerId\":\"egmont-group\",\"rank\":1,\"score\":0.86,\"components\":[{\"name\":\"activity\",\"value\":1.0,\"weight\":0.35,\"explanation\":\"covers V.4, the activity of the need\"},{\"name\":\"language\",\"value\":1.0,\"weight\":0.15,\"explanation\":\"delivered in en, fr; Kenya works in en\"},{\"name\":\"capacity\",\"value\":0.9,\"weight\":0.1,\"explanation\":\"4 of 5 places free\"}],\"explanation\":\"covers V.4, the activity of the need; delivered in en, fr; Kenya works in en; Kenya gives this need HIGH priority\",\"coordination\":null,\"status\":\"PROPOSED\"}";

    private final MatchQueries queries;
    private final MatchDecisions decisions;
    private final CurrentCaller caller;

    public MatchResource(MatchQueries queries, MatchDecisions decisions, CurrentCaller caller) {
        this.queries = queries;
        this.decisions = decisions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Proposals the caller may see (withdrawn ones only when asked for)",
            description = "A state sees those for its own needs; a provider those of its own offers, for assessments shared with providers or public; analysts all.")
    @APIResponse(responseCode = "200", description = "One page of proposals", content = @Content(examples = @ExampleObject(name = "state=KEN", value = "{\"items\":[" + EXAMPLE + "],\"total\":1,\"page\":0,\"size\":50}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = PROBLEM))
    public Page<MatchView> list(
            @Parameter(description = "ISO3", example = "KEN") @QueryParam("state") String state,
            @Parameter(description = "Assessment id") @QueryParam("assessment") String assessment,
            @Parameter(description = "Provider id", example = "egmont-group") @QueryParam("provider") String provider,
            @Parameter(description = "Need id within the assessment", example = "activity:V.4") @QueryParam("need") String need,
            @Parameter(description = "PROPOSED, ACCEPTED, DECLINED, AGREED or WITHDRAWN", example = "PROPOSED") @QueryParam("status") String status,
            @Parameter(description = "Page, from 0", example = "0") @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "Page size, at most 200", example = "50") @QueryParam("size") @DefaultValue("50") String size,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        int p = QueryParameters.page(page);
        int s = QueryParameters.size(size, 50, 200);
        MatchStatus st = status == null ? null : Arrays.stream(MatchStatus.values()).filter(x -> x.name().equals(status))
                .findFirst().orElseThrow(() -> ProblemException.badRequest("query.status", "'" + status + "' is not one of "
                        + Arrays.toString(MatchStatus.values())));
        var result = queries.list(new MatchQueries.Criteria(state, assessment == null ? null : uuid("query.assessment", assessment),
                provider, need, st, p, s), caller.get());
        return new Page<>(result.items().stream().map(MatchView::of).toList(), result.total(), p, s);
    }

    @GET
    @Path("/by-need")
    @Operation(summary = "Every need of an assessment with its proposals, and the catalogue's tools and instruments that serve it")
    @APIResponse(responseCode = "200", description = "The needs and what is proposed for each", content = @Content(examples = @ExampleObject(name = "by need",
            value = "[{\"needId\":\"activity:V.4\",\"kind\":\"activity\",\"activities\":[\"V.4\"],\"areas\":[\"V\"],\"priority\":\"HIGH\",\"proposals\":[" + EXAMPLE + "],\"tools\":[{\"type\":\"tool\",\"id\":\"imf-suppressing-financing-terrorism-handbook-2003\",\"title\":\"Suppressing the Financing of Terrorism: A Handbook for Legislative Drafting\",\"relevance\":1.0,\"reason\":\"addresses V.4\"}],\"instruments\":[{\"type\":\"instrument\",\"id\":\"terrorist-financing-convention-1999\",\"title\":\"International Convention for the Suppression of the Financing of Terrorism\",\"relevance\":0.5,\"reason\":\"Kenya is not a party to it; it bears on area V\"}]}]")))
    @APIResponse(responseCode = "404", description = "No such assessment, or not one the caller may see", content = @Content(mediaType = PROBLEM))
    public List<NeedMatchesView> byNeed(@Parameter(description = "Assessment id", required = true) @QueryParam("assessment") String assessment) {
        if (assessment == null) {
            throw ProblemException.badRequest("query.assessment", "is required");
        }
        return queries.byNeed(uuid("query.assessment", assessment), caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One proposal")
    @APIResponse(responseCode = "200", description = "The proposal", content = @Content(examples = @ExampleObject(name = "proposal", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such proposal, or not one the caller may see", content = @Content(mediaType = PROBLEM))
    public MatchView get(@PathParam("id") String id) {
        return MatchView.of(queries.get(uuid("path.id", id), caller.get()));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept a proposal (its provider); publishes tahub.matching.match.accepted")
    @APIResponse(responseCode = "200", description = "The accepted proposal", content = @Content(examples = @ExampleObject(name = "accepted", value = "{\"id\":\"c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"status\":\"ACCEPTED\",\"decidedBy\":\"officer-egmont-group\"}")))
    @APIResponse(responseCode = "403", description = "Not this proposal's provider", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not proposed any more", content = @Content(mediaType = PROBLEM))
    @Consumes(MediaType.WILDCARD)
    public MatchView accept(@PathParam("id") String id, String body) {
        return MatchView.of(decisions.accept(uuid("path.id", id), DecisionInput.reasonIn(body), caller.get()));
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Decline a proposal (its provider); it is not proposed again; publishes tahub.matching.match.declined")
    @APIResponse(responseCode = "200", description = "The declined proposal", content = @Content(examples = @ExampleObject(name = "declined", value = "{\"id\":\"c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"status\":\"DECLINED\",\"decisionReason\":\"No French-speaking mentor this year.\"}")))
    @APIResponse(responseCode = "409", description = "Already agreed or withdrawn", content = @Content(mediaType = PROBLEM))
    @Consumes(MediaType.WILDCARD)
    public MatchView decline(@PathParam("id") String id, String body) {
        return MatchView.of(decisions.decline(uuid("path.id", id), DecisionInput.reasonIn(body), caller.get()));
    }

    @POST
    @Path("/{id}/agree")
    @Operation(summary = "Agree to an accepted proposal (the state's focal point): the engagement begins")
    @APIResponse(responseCode = "200", description = "The agreed proposal", content = @Content(examples = @ExampleObject(name = "agreed", value = "{\"id\":\"c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f\",\"status\":\"AGREED\"}")))
    @APIResponse(responseCode = "403", description = "Not this need's state", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Not accepted by the provider", content = @Content(mediaType = PROBLEM))
    public MatchView agree(@PathParam("id") String id) {
        return MatchView.of(decisions.agree(uuid("path.id", id), caller.get()));
    }

    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            if (field.startsWith("path")) {
                throw ProblemException.notFound("match " + value);
            }
            throw ProblemException.badRequest(field, "'" + value + "' is not an id (UUID)");
        }
    }
}
