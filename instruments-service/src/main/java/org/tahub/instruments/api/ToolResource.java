package org.tahub.instruments.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.tahub.edge.parameters.QueryParameters;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.instruments.domain.Tool;
import org.tahub.instruments.service.ToolSearch;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.conditional.EntityTags;

@Path("/api/v1/tools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tools", description = "Legislative guides, model laws, handbooks and implementation kits (Compendium Part B)")
@Authenticated
public class ToolResource {

    private final ToolSearch search;

    public ToolResource(ToolSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Tools that serve an area, an activity or an instrument; full-text search ranked by relevance")
    @APIResponse(responseCode = "200", description = "Matching tools", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ToolView.class), examples = @ExampleObject(
            name = "instrument=terrorist-financing-convention-1999", value = "[{\"slug\":\"imf-suppressing-financing-terrorism-handbook-2003\",\"title\":\"Suppressing the Financing of Terrorism: A Handbook for Legislative Drafting\",\"publisherBody\":\"IMF\",\"year\":2003,\"categories\":[\"B.3.5\",\"B.5\",\"B.6\"]}]")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public List<ToolView> list(
            @Parameter(description = "Part B heading", example = "B.5",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^B(\\.[0-9]{1,3}){1,2}$"))
            @QueryParam("category") String category,
            @Parameter(description = "Checklist area", example = "V", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"}))
            @QueryParam("area") String area,
            @Parameter(description = "Checklist activity", example = "V.4",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ToolSearch.MAX_ACTIVITY))
            @QueryParam("activity") String activity,
            @Parameter(description = "Slug of an instrument it helps implement", example = "terrorist-financing-convention-1999",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ToolSearch.MAX_INSTRUMENT))
            @QueryParam("instrument") String instrument,
            @Parameter(description = "Publishing body: UNODC, IMF, COMMONWEALTH, OHCHR, ...", example = "IMF",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ToolSearch.MAX_PUBLISHER))
            @QueryParam("publisher") String publisher,
            @Parameter(description = "ISO 639-1 language code of an available version", example = "en",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2}$"))
            @QueryParam("language") String language,
            @Parameter(description = "Kind of tool", example = "handbook", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"legislative-guide", "model-law", "handbook", "implementation-kit", "digest",
                            "manual", "matrix", "programme"}))
            @QueryParam("kind") String kind,
            @Parameter(description = "Full-text search", example = "financing of terrorism",
                    schema = @Schema(type = SchemaType.STRING, maxLength = ToolSearch.MAX_SEARCH_TEXT))
            @QueryParam("q") String q,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of("category", "area", "activity", "instrument", "publisher", "language",
                "kind", "q"));
        return search.search(new ToolSearch.Criteria(category, area, activity, instrument, publisher, language, kind, q))
                .stream().map(h -> ToolView.of(h.tool(), h.relevance())).toList();
    }

    @GET
    @Path("/categories")
    @Operation(summary = "The headings of Part B in order, each with the checklist area it corresponds to")
    @APIResponse(responseCode = "200", description = "Part B headings", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ToolCategoryView.class), examples = @ExampleObject(
            name = "categories", value = "[{\"code\":\"B.3.5\",\"title\":\"Offences related to the financing of terrorism\",\"area\":\"III\",\"offenceGroup\":\"III.A.5\"}]")))
    @APIResponse(responseCode = "400", description = "This list takes no query parameter", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public List<ToolCategoryView> categories(@Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return search.categories().stream().map(ToolCategoryView::of).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One tool")
    @APIResponse(responseCode = "200", description = "The tool", content = @Content(schema = @Schema(implementation = ToolView.class), examples = @ExampleObject(
            name = "IMF handbook", value = "{\"slug\":\"imf-suppressing-financing-terrorism-handbook-2003\",\"title\":\"Suppressing the Financing of Terrorism: A Handbook for Legislative Drafting\",\"publisherBody\":\"IMF\",\"year\":2003,\"instruments\":[\"terrorist-financing-convention-1999\"]}")))
    @APIResponse(responseCode = "404", description = "No such tool", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("slug") String slug) {
        Tool t = search.bySlug(slug).orElseThrow(() -> ProblemException.notFound("tool " + slug));
        return Response.ok(ToolView.of(t, null)).tag(EntityTags.of(t.version)).build();
    }
}
