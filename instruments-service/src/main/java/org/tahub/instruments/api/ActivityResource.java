package org.tahub.instruments.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.identity.Roles;
import org.tahub.instruments.domain.Activity;
import org.tahub.instruments.service.ChangeLog;
import org.tahub.instruments.service.ChecklistService;
import org.tahub.instruments.service.ChecklistTranslations;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.conditional.EntityTags;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checklist")
@Authenticated
public class ActivityResource {

    static final String ACCEPT_LANGUAGE = "The language of the texts: ar, en, es, fr, ru or zh (the official languages of "
            + "the United Nations; English, the reference text, when none of them is asked for or a text has no "
            + "translation). Content-Language says which the answer is in.";

    private final ChecklistService checklist;
    private final ChangeLog changeLog;
    private final CurrentCaller caller;
    private final ChecklistTranslations translations;

    public ActivityResource(ChecklistService checklist, ChangeLog changeLog, CurrentCaller caller,
                            ChecklistTranslations translations) {
        this.checklist = checklist;
        this.changeLog = changeLog;
        this.caller = caller;
        this.translations = translations;
    }

    @GET
    @Operation(summary = "Activities of the checklist, in order; filter by area, search by text (ranked by relevance)")
    @APIResponse(responseCode = "200", description = "Matching activities", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ActivityView.class), examples = @ExampleObject(
            name = "search", value = "[{\"code\":\"V.4\",\"area\":\"V\",\"ordinal\":78,\"title\":\"Establish financial intelligence units (FIUs)\",\"keywords\":[\"fiu\"],\"status\":\"ACTIVE\",\"version\":0}]")))
    @APIResponse(responseCode = "400", description = "Unknown filter, bad area code or overlong search text", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = ACCEPT_LANGUAGE, example = "fr",
            schema = @Schema(type = SchemaType.STRING))
    public Response list(
            @Parameter(description = "Area code, I to XI", example = "V", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"}))
            @QueryParam("area") String area,
            @Parameter(description = "Search text, e.g. 'financial intelligence'", example = "financial intelligence unit",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ChecklistService.MAX_SEARCH_TEXT))
            @QueryParam("q") String q,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters.allowOnly(uri, Set.of("area", "q"));
        AnswerLanguage language = AnswerLanguage.of(headers);
        List<ActivityView> views = checklist.activities(area, q).stream()
                .map(a -> ActivityView.of(a, translations, language)).toList();
        return language.on(Response.ok(views)).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One activity; its ETag is its version, for a later conditional update")
    @APIResponse(responseCode = "200", description = "The activity", content = @Content(schema = @Schema(implementation = ActivityView.class), examples = @ExampleObject(
            name = "V.4", value = "{\"code\":\"V.4\",\"area\":\"V\",\"title\":\"Establish financial intelligence units (FIUs)\",\"version\":0}")))
    @APIResponse(responseCode = "404", description = "No such activity", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = ACCEPT_LANGUAGE, example = "fr",
            schema = @Schema(type = SchemaType.STRING))
    public Response get(@PathParam("code") String code, @Context HttpHeaders headers) {
        Activity a = checklist.activity(code).orElseThrow(() -> ProblemException.notFound("activity " + code));
        AnswerLanguage language = AnswerLanguage.of(headers);
        return language.on(Response.ok(ActivityView.of(a, translations, language))).tag(EntityTags.of(a.version)).build();
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an activity's wording (curators); needs If-Match with the ETag last read",
            description = "Records who changed what in the audit trail and publishes tahub.catalogue.activity.updated.")
    @APIResponse(responseCode = "200", description = "The changed activity, with its new ETag", content = @Content(schema = @Schema(implementation = ActivityView.class), examples = @ExampleObject(
            name = "changed", value = "{\"code\":\"V.4\",\"title\":\"Establish a financial intelligence unit (FIU)\",\"version\":1,\"updatedBy\":\"curator-1\"}")))
    @APIResponse(responseCode = "400", description = "If-Match is not an ETag of this API; or the body is not valid JSON or has a field of the wrong type", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such activity", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Someone changed it since you read it", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid body; every offending field is listed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("code") String code,
                           @Parameter(in = ParameterIn.HEADER, description = "ETag of the version you read", example = "\"0\"")
                           @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ActivityUpdate body) {
        long expected = EntityTags.requiredVersion(ifMatch);
        Activity a = checklist.updateActivity(code, expected, body.title(), body.description(), body.keywords(),
                caller.get().subject());
        return Response.ok(ActivityView.of(a)).tag(EntityTags.of(a.version)).build();
    }

    @GET
    @Path("/{code}/history")
    @Operation(summary = "The audit trail of an activity: who changed its wording, when, and what changed")
    @APIResponse(responseCode = "200", description = "Changes, oldest first", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeView.class), examples = @ExampleObject(
            name = "history", value = "[{\"action\":\"created\",\"version\":0,\"changedBy\":\"reference-data\",\"changes\":{}},{\"action\":\"updated\",\"version\":1,\"changedBy\":\"curator-1\",\"changes\":{\"title\":{\"from\":\"Establish financial intelligence units (FIUs)\",\"to\":\"Establish a financial intelligence unit (FIU)\"}}}]")))
    @APIResponse(responseCode = "404", description = "No such activity", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public List<ChangeView> history(@PathParam("code") String code) {
        checklist.activity(code).orElseThrow(() -> ProblemException.notFound("activity " + code));
        return changeLog.history("activity", code).stream().map(ChangeView::of).toList();
    }

}
