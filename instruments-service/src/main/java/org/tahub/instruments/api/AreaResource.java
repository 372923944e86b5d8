package org.tahub.instruments.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
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
import org.tahub.instruments.domain.Activity;
import org.tahub.instruments.service.ChecklistService;
import org.tahub.instruments.service.ChecklistTranslations;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.QueryParameters;

@Path("/api/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Checklist", description = "The implementation checklist (areas I to XI and their activities) that states assess themselves against")
@Authenticated
public class AreaResource {

    private final ChecklistService checklist;
    private final ChecklistTranslations translations;

    public AreaResource(ChecklistService checklist, ChecklistTranslations translations) {
        this.checklist = checklist;
        this.translations = translations;
    }

    @GET
    @Operation(summary = "The eleven areas of the checklist, in order, with their number of activities")
    @APIResponse(responseCode = "200", description = "Areas I to XI", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AreaView.class), examples = @ExampleObject(
            name = "areas", value = "[{\"code\":\"V\",\"number\":5,\"title\":\"Measures to combat money laundering and the financing of terrorism\",\"activityCount\":5,\"status\":\"ACTIVE\"}]")))
    @APIResponse(responseCode = "400", description = "This list takes no query parameter", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = ActivityResource.ACCEPT_LANGUAGE,
            example = "fr", schema = @Schema(type = SchemaType.STRING))
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters.allowOnly(uri, Set.of());
        Map<String, Long> counts = checklist.activityCounts();
        AnswerLanguage language = AnswerLanguage.of(headers);
        List<AreaView> views = checklist.areas().stream()
                .map(a -> AreaView.of(a, counts.getOrDefault(a.code, 0L).intValue(), null, translations, language))
                .toList();
        return language.on(Response.ok(views)).build();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One area with its activities in checklist order")
    @APIResponse(responseCode = "200", description = "The area", content = @Content(schema = @Schema(implementation = AreaView.class), examples = @ExampleObject(
            name = "area V", value = "{\"code\":\"V\",\"number\":5,\"title\":\"Measures to combat money laundering and the financing of terrorism\",\"activityCount\":5,\"activities\":[{\"code\":\"V.4\",\"title\":\"Establish financial intelligence units (FIUs)\"}]}")))
    @APIResponse(responseCode = "404", description = "No such area", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = ActivityResource.ACCEPT_LANGUAGE,
            example = "fr", schema = @Schema(type = SchemaType.STRING))
    public Response get(@PathParam("code") String code, @Context HttpHeaders headers) {
        var area = checklist.area(code).orElseThrow(() -> ProblemException.notFound("area " + code));
        List<Activity> activities = checklist.activities(code, null);
        AnswerLanguage language = AnswerLanguage.of(headers);
        return language.on(Response.ok(AreaView.of(area, activities.size(), activities, translations, language)))
                .build();
    }
}
