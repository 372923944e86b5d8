package org.tahub.instruments.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.tahub.problems.QueryParameters;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.instruments.config.CatalogueConfig;
import org.tahub.instruments.domain.Instrument;
import org.tahub.instruments.service.ChecklistService;
import org.tahub.instruments.service.ChangeLog;
import org.tahub.instruments.service.InstrumentCuration;
import org.tahub.instruments.service.InstrumentSearch;
import org.tahub.problems.ProblemException;

@Path("/api/v1/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments", description = "Conventions, protocols, resolutions, regional instruments (Compendium Part A) and political declarations, plans of action and recommendations (Part C)")
public class InstrumentResource {

    private static final Set<String> FILTERS = Set.of("part", "section", "kind", "scope", "body", "area", "activity",
            "yearFrom", "yearTo", "q", "status", "sort", "page", "size", "compendiumRef");

    private final InstrumentSearch search;
    private final InstrumentCuration curation;
    private final ChangeLog changeLog;
    private final CurrentCaller caller;
    private final CatalogueConfig config;

    public InstrumentResource(InstrumentSearch search, InstrumentCuration curation, ChangeLog changeLog,
                              CurrentCaller caller, CatalogueConfig config) {
        this.search = search;
        this.curation = curation;
        this.changeLog = changeLog;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Operation(summary = "Search the Compendium: facets, full text ranked by relevance, pagination with the total")
    @APIResponse(responseCode = "200", description = "One page of instruments", content = @Content(examples = @ExampleObject(
            name = "q=hostages", value = "{\"items\":[{\"slug\":\"hostages-convention-1979\",\"compendiumRef\":\"A.1.6\",\"title\":\"International Convention against the Taking of Hostages\",\"adoptedOn\":\"1979-12-17\",\"relevance\":0.6}],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value; the offending parameter is named", content = @Content(mediaType = "application/problem+json"))
    public Page<InstrumentView> list(
            @Parameter(description = "Compendium part: A (legal instruments) or C (declarations)", example = "A") @QueryParam("part") String part,
            @Parameter(description = "Section, e.g. A.1 universal conventions on terrorism", example = "A.1") @QueryParam("section") String section,
            @Parameter(description = "convention, protocol, resolution, declaration, ...", example = "convention") @QueryParam("kind") String kind,
            @Parameter(description = "universal or regional", example = "universal") @QueryParam("scope") String scope,
            @Parameter(description = "Adopting body code, e.g. ICAO, UNGA, UNSC, COE, OAS", example = "ICAO") @QueryParam("body") String body,
            @Parameter(description = "Checklist area it bears on", example = "V") @QueryParam("area") String area,
            @Parameter(description = "Checklist activity or offence group it bears on", example = "III.A.5") @QueryParam("activity") String activity,
            @Parameter(description = "Adopted in or after", example = "1990") @QueryParam("yearFrom") String yearFromParam,
            @Parameter(description = "Adopted in or before", example = "2004") @QueryParam("yearTo") String yearToParam,
            @Parameter(description = "Full-text search over titles, short names, keywords and descriptions", example = "financing of terrorism") @QueryParam("q") String q,
            @Parameter(description = "ACTIVE or RETIRED (both when absent)", example = "ACTIVE") @QueryParam("status") String status,
            @Parameter(description = "relevance (default with q), compendiumRef (default), adoptedYear, -adoptedYear, title", example = "compendiumRef") @QueryParam("sort") String sort,
            @Parameter(description = "Page, from 0", example = "0") @QueryParam("page") @DefaultValue("0") String pageParam,
            @Parameter(description = "Page size, at most 200", example = "20") @QueryParam("size") @DefaultValue("20") String sizeParam,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        Integer yearFrom = QueryParameters.integer("yearFrom", yearFromParam);
        Integer yearTo = QueryParameters.integer("yearTo", yearToParam);
        int page = QueryParameters.page(pageParam);
        int size = QueryParameters.size(sizeParam, 20, config.maxPageSize());
        if (part != null && !part.equals("A") && !part.equals("C")) {
            throw ProblemException.badRequest("query.part", "'" + part + "' is not a part of the Compendium (A or C)");
        }
        if (scope != null && !scope.equals("universal") && !scope.equals("regional")) {
            throw ProblemException.badRequest("query.scope", "'" + scope + "' is neither universal nor regional");
        }
        if (area != null && !ChecklistService.AREA_CODE.matcher(area).matches()) {
            throw ProblemException.badRequest("query.area", "'" + area + "' is not an area code (I to XI)");
        }
        if (status != null && !status.equals("ACTIVE") && !status.equals("RETIRED")) {
            throw ProblemException.badRequest("query.status", "'" + status + "' is neither ACTIVE nor RETIRED");
        }
        if (sort != null && !InstrumentSearch.SORTS.containsKey(sort)) {
            throw ProblemException.badRequest("query.sort", "'" + sort + "' is not one of "
                    + InstrumentSearch.SORTS.keySet().stream().sorted().toList());
        }
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw ProblemException.badRequest("query.yearFrom", "is after yearTo");
        }
        String ref = uri.getQueryParameters().getFirst("compendiumRef");
        if (ref != null) {
            Instrument i = search.byCompendiumRef(ref)
                    .orElseThrow(() -> ProblemException.notFound("Compendium entry " + ref));
            return new Page<>(List.of(InstrumentView.of(i, null)), 1, 0, size);
        }
        var result = search.search(new InstrumentSearch.Criteria(part, section, kind, scope, body, area, activity,
                yearFrom, yearTo, q, status, sort, page, size));
        return new Page<>(result.hits().stream().map(h -> InstrumentView.of(h.instrument(), h.relevance())).toList(),
                result.total(), page, size);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One instrument by its slug; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The instrument", content = @Content(examples = @ExampleObject(
            name = "Hague Convention", value = "{\"slug\":\"hague-convention-1970\",\"compendiumRef\":\"A.1.2\",\"title\":\"Convention for the Suppression of Unlawful Seizure of Aircraft\",\"shortName\":\"Hague Convention\",\"adoptedOn\":\"1970-12-16\",\"seedNote\":\"The seed dates it 1971\"}")))
    @APIResponse(responseCode = "404", description = "No such instrument", content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("slug") String slug) {
        Instrument i = search.bySlug(slug).orElseThrow(() -> ProblemException.notFound("instrument " + slug));
        return Response.ok(InstrumentView.of(i, null)).tag(ActivityResource.etag(i.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an instrument to the catalogue (curators)",
            description = "Publishes tahub.catalogue.instrument.created and records the creation in the audit trail.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it", content = @Content(examples = @ExampleObject(
            name = "created", value = "{\"slug\":\"coe-prevention-of-terrorism-convention-2005\",\"part\":\"A\",\"title\":\"Council of Europe Convention on the Prevention of Terrorism\",\"status\":\"ACTIVE\",\"version\":0}")))
    @APIResponse(responseCode = "409", description = "The slug is taken", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Invalid; every offending field is listed, nothing is saved", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "invalid", value = "{\"type\":\"https://tahub.org/problems/validation-failed\",\"status\":422,\"errors\":[{\"field\":\"body.scope\",\"message\":\"must be universal or regional\"},{\"field\":\"body.activities\",\"message\":\"unknown code(s) [V.9]\"}]}")))
    public Response create(@Valid @NotNull InstrumentInput body, @Context UriInfo uri) {
        Instrument i = curation.create(body, caller.get().subject());
        return Response.created(uri.getAbsolutePathBuilder().path(i.slug).build())
                .entity(InstrumentView.of(i, null)).tag(ActivityResource.etag(i.version)).build();
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an instrument's facts (curators); needs If-Match with the ETag last read",
            description = "Publishes tahub.catalogue.instrument.updated; the audit trail records every changed field.")
    @APIResponse(responseCode = "200", description = "The changed instrument with its new ETag", content = @Content(examples = @ExampleObject(
            name = "changed", value = "{\"slug\":\"coe-prevention-of-terrorism-convention-2005\",\"entryIntoForce\":\"2007-06-01\",\"version\":1}")))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Invalid; every offending field is listed, nothing is saved", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    public Response update(@PathParam("slug") String slug,
                           @Parameter(in = ParameterIn.HEADER, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull InstrumentInput body) {
        Instrument i = curation.update(slug, ActivityResource.versionOf(ifMatch), body, caller.get().subject());
        return Response.ok(InstrumentView.of(i, null)).tag(ActivityResource.etag(i.version)).build();
    }

    @POST
    @Path("/{slug}/retire")
    @Operation(summary = "Retire an instrument (curators): it stays readable with status RETIRED",
            description = "Publishes tahub.catalogue.instrument.retired. Retiring a retired instrument changes nothing.")
    @APIResponse(responseCode = "200", description = "The retired instrument", content = @Content(examples = @ExampleObject(
            name = "retired", value = "{\"slug\":\"coe-prevention-of-terrorism-convention-2005\",\"status\":\"RETIRED\",\"version\":2}")))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = "application/problem+json"))
    public Response retire(@PathParam("slug") String slug,
                           @Parameter(in = ParameterIn.HEADER, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        Instrument i = curation.retire(slug, ActivityResource.versionOf(ifMatch), caller.get().subject());
        return Response.ok(InstrumentView.of(i, null)).tag(ActivityResource.etag(i.version)).build();
    }

    @GET
    @Path("/{slug}/history")
    @Operation(summary = "The audit trail of an instrument: who created, changed or retired it, when, and what changed")
    @APIResponse(responseCode = "200", description = "Changes, oldest first", content = @Content(examples = @ExampleObject(
            name = "history", value = "[{\"action\":\"created\",\"version\":0,\"changedBy\":\"reference-data\",\"changedAt\":\"2026-11-28T10:00:00Z\",\"changes\":{}},{\"action\":\"updated\",\"version\":1,\"changedBy\":\"curator-1\",\"changes\":{\"entryIntoForce\":{\"from\":null,\"to\":\"2007-06-01\"}}}]")))
    @APIResponse(responseCode = "404", description = "No such instrument", content = @Content(mediaType = "application/problem+json"))
    public List<ChangeView> history(@PathParam("slug") String slug) {
        search.bySlug(slug).orElseThrow(() -> ProblemException.notFound("instrument " + slug));
        return changeLog.history("instrument", slug).stream().map(ChangeView::of).toList();
    }
}
