package org.tahub.instruments.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.tahub.edge.parameters.QueryParameters;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.instruments.domain.Instrument;
import org.tahub.instruments.service.ChangeLog;
import org.tahub.instruments.service.InstrumentCuration;
import org.tahub.instruments.service.InstrumentSearch;
import org.tahub.instruments.service.OfficialTitles;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.conditional.EntityTags;
import org.tahub.instruments.command.InstrumentInput;

@Path("/api/v1/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments", description = "Conventions, protocols, resolutions, regional instruments (Compendium Part A) and political declarations, plans of action and recommendations (Part C)")
@Authenticated
public class InstrumentResource {

    private static final Set<String> FILTERS = Set.of("part", "section", "kind", "scope", "body", "area", "activity",
            "yearFrom", "yearTo", "q", "status", "sort", "page", "size", "compendiumRef");

    private final InstrumentSearch search;
    private final InstrumentCuration curation;
    private final ChangeLog changeLog;
    private final CurrentCaller caller;
    private final OfficialTitles titles;

    static final String INSTRUMENT_LANGUAGE = "The language of the title: ar, en, es, fr, ru or zh. The official title "
            + "in that language is shown where the instrument's text is authentic in it (for a resolution, where the "
            + "body issued it) and the title was checked against the depositary's or adopting body's record, with "
            + "its source in titleSource; else the English title. Content-Language and the language field say which.";

    public InstrumentResource(InstrumentSearch search, InstrumentCuration curation, ChangeLog changeLog,
                              CurrentCaller caller, OfficialTitles titles) {
        this.titles = titles;
        this.search = search;
        this.curation = curation;
        this.changeLog = changeLog;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search the Compendium: facets, full text ranked by relevance, pagination with the total")
    @APIResponse(responseCode = "200", description = "One page of instruments", content = @Content(
            schema = @Schema(implementation = InstrumentPage.class), examples = @ExampleObject(
            name = "q=hostages", value = "{\"items\":[{\"slug\":\"hostages-convention-1979\",\"compendiumRef\":\"A.1.6\",\"title\":\"International Convention against the Taking of Hostages\",\"adoptedOn\":\"1979-12-17\",\"relevance\":0.6}],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value (a page beyond the last possible, a year out of range, an unknown kind); the offending parameter is named",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No instrument has the compendiumRef asked for",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = INSTRUMENT_LANGUAGE, example = "fr",
            schema = @Schema(type = SchemaType.STRING))
    public Response list(
            @Parameter(description = "Compendium part: A (legal instruments) or C (declarations)", example = "A",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"A", "C"}))
            @QueryParam("part") String part,
            @Parameter(description = "Section, e.g. A.1 universal conventions on terrorism", example = "A.1",
                    schema = @Schema(type = SchemaType.STRING, maxLength = InstrumentSearch.MAX_SECTION))
            @QueryParam("section") String section,
            @Parameter(description = "Kind of instrument", example = "convention", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"convention", "protocol", "resolution", "declaration", "recommendations",
                            "framework-decision", "treaty", "agreement", "charter", "plan-of-action", "statement",
                            "report", "conclusions", "guidelines"}))
            @QueryParam("kind") String kind,
            @Parameter(description = "universal or regional", example = "universal",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"universal", "regional"}))
            @QueryParam("scope") String scope,
            @Parameter(description = "Adopting body code, e.g. ICAO, UNGA, UNSC, COE, OAS", example = "ICAO",
                    schema = @Schema(type = SchemaType.STRING, maxLength = InstrumentSearch.MAX_BODY))
            @QueryParam("body") String body,
            @Parameter(description = "Checklist area it bears on", example = "V", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"}))
            @QueryParam("area") String area,
            @Parameter(description = "Checklist activity or offence group it bears on", example = "III.A.5",
                    schema = @Schema(type = SchemaType.STRING, maxLength = InstrumentSearch.MAX_ACTIVITY))
            @QueryParam("activity") String activity,
            @Parameter(description = "Adopted in or after", example = "1990", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "" + Instrument.FIRST_YEAR, maximum = "" + Instrument.LAST_YEAR))
            @QueryParam("yearFrom") String yearFromParam,
            @Parameter(description = "Adopted in or before", example = "2004", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "" + Instrument.FIRST_YEAR, maximum = "" + Instrument.LAST_YEAR))
            @QueryParam("yearTo") String yearToParam,
            @Parameter(description = "Full-text search over titles, short names, keywords and descriptions", example = "financing of terrorism",
                    schema = @Schema(type = SchemaType.STRING, maxLength = InstrumentSearch.MAX_SEARCH_TEXT))
            @QueryParam("q") String q,
            @Parameter(description = "ACTIVE or RETIRED (both when absent)", example = "ACTIVE",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"ACTIVE", "RETIRED"}))
            @QueryParam("status") String status,
            @Parameter(description = "relevance (default with q), compendiumRef (default), adoptedYear, -adoptedYear, title", example = "compendiumRef",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"relevance", "compendiumRef", "adoptedYear", "-adoptedYear", "title"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "Page, from 0", example = "0", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0"))
            @QueryParam("page") @DefaultValue("0") String pageParam,
            @Parameter(description = "Page size, at most " + PageRequest.MAX_SIZE + "", example = "20", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "20"))
            @QueryParam("size") @DefaultValue("20") String sizeParam,
            @Parameter(description = "The one entry with this Compendium reference (the other filters are then only checked)", example = "A.1.6",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 16))
            @QueryParam("compendiumRef") String compendiumRef,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        QueryParameters.allowOnly(uri, FILTERS);
        PageRequest paging = PageRequest.of(pageParam, sizeParam, 20);
        var criteria = new InstrumentSearch.Criteria(part, section, kind, scope, body, area, activity,
                QueryParameters.integer("yearFrom", yearFromParam), QueryParameters.integer("yearTo", yearToParam),
                q, status, sort, paging);
        AnswerLanguage language = AnswerLanguage.of(headers);
        if (compendiumRef != null && !compendiumRef.isBlank()) {
            Instrument i = search.byCompendiumRef(compendiumRef)
                    .orElseThrow(() -> ProblemException.notFound("Compendium entry " + compendiumRef));
            return language.on(Response.ok(new InstrumentPage(List.of(InstrumentView.of(i, null, titles, language)),
                    1, 0, paging.size()))).build();
        }
        var result = search.search(criteria);
        return language.on(Response.ok(new InstrumentPage(result.items().stream()
                .map(h -> InstrumentView.of(h.instrument(), h.relevance(), titles, language)).toList(),
                result.total(), paging.page(), paging.size()))).build();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One instrument by its slug; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The instrument", content = @Content(schema = @Schema(implementation = InstrumentView.class), examples = @ExampleObject(
            name = "Hague Convention", value = "{\"slug\":\"hague-convention-1970\",\"compendiumRef\":\"A.1.2\",\"title\":\"Convention for the Suppression of Unlawful Seizure of Aircraft\",\"shortName\":\"Hague Convention\",\"adoptedOn\":\"1970-12-16\",\"seedNote\":\"The seed dates it 1971\"}")))
    @APIResponse(responseCode = "404", description = "No such instrument", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = INSTRUMENT_LANGUAGE, example = "fr",
            schema = @Schema(type = SchemaType.STRING))
    public Response get(@PathParam("slug") String slug, @Context HttpHeaders headers) {
        Instrument i = search.bySlug(slug).orElseThrow(() -> ProblemException.notFound("instrument " + slug));
        AnswerLanguage language = AnswerLanguage.of(headers);
        return language.on(Response.ok(InstrumentView.of(i, null, titles, language))
                .tag(EntityTags.of(i.version))).build();
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an instrument to the catalogue (curators)",
            description = "Publishes tahub.catalogue.instrument.created and records the creation in the audit trail.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag name it", content = @Content(schema = @Schema(implementation = InstrumentView.class), examples = @ExampleObject(
            name = "created", value = "{\"slug\":\"coe-prevention-of-terrorism-convention-2005\",\"part\":\"A\",\"title\":\"Council of Europe Convention on the Prevention of Terrorism\",\"status\":\"ACTIVE\",\"version\":0}")))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, or a field has the wrong type or a control character",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid; every offending field is listed, nothing is saved", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid", value = "{\"type\":\"https://tahub.org/problems/validation-failed\",\"status\":422,\"errors\":[{\"field\":\"body.scope\",\"message\":\"must be universal or regional\"},{\"field\":\"body.activities\",\"message\":\"unknown code(s) [V.9]\"}]}")))
    public Response create(@Valid @NotNull InstrumentInput body, @Context UriInfo uri) {
        Instrument i = curation.create(body, caller.get().subject());
        return Response.created(uri.getAbsolutePathBuilder().path(i.slug).build())
                .entity(InstrumentView.of(i, null)).tag(EntityTags.of(i.version)).build();
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an instrument's facts (curators); needs If-Match with the ETag last read",
            description = "Publishes tahub.catalogue.instrument.updated; the audit trail records every changed field.")
    @APIResponse(responseCode = "200", description = "The changed instrument with its new ETag", content = @Content(schema = @Schema(implementation = InstrumentView.class), examples = @ExampleObject(
            name = "changed", value = "{\"slug\":\"coe-prevention-of-terrorism-convention-2005\",\"entryIntoForce\":\"2007-06-01\",\"version\":1}")))
    @APIResponse(responseCode = "400", description = "If-Match is not an ETag of this API; or the body is not valid JSON or has a field of the wrong type", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such instrument", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid; every offending field is listed, nothing is saved", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("slug") String slug,
                           @Parameter(in = ParameterIn.HEADER, description = "ETag of the version you read", example = "\"3\"")
                           @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull InstrumentInput body) {
        Instrument i = curation.update(slug, EntityTags.requiredVersion(ifMatch), body, caller.get().subject());
        return Response.ok(InstrumentView.of(i, null)).tag(EntityTags.of(i.version)).build();
    }

    @RolesAllowed({Roles.CURATOR, Roles.ADMIN})
    @POST
    @Path("/{slug}/retire")
    @Operation(summary = "Retire an instrument (curators): it stays readable with status RETIRED",
            description = "Publishes tahub.catalogue.instrument.retired. Retiring a retired instrument changes nothing.")
    @APIResponse(responseCode = "200", description = "The retired instrument", content = @Content(schema = @Schema(implementation = InstrumentView.class), examples = @ExampleObject(
            name = "retired", value = "{\"slug\":\"coe-prevention-of-terrorism-convention-2005\",\"status\":\"RETIRED\",\"version\":2}")))
    @APIResponse(responseCode = "400", description = "If-Match is not an ETag of this API", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such instrument", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed by someone else since you read it", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response retire(@PathParam("slug") String slug,
                           @Parameter(in = ParameterIn.HEADER, description = "ETag of the version you read", example = "\"3\"")
                           @HeaderParam("If-Match") String ifMatch) {
        Instrument i = curation.retire(slug, EntityTags.requiredVersion(ifMatch), caller.get().subject());
        return Response.ok(InstrumentView.of(i, null)).tag(EntityTags.of(i.version)).build();
    }

    @GET
    @Path("/{slug}/history")
    @Operation(summary = "The audit trail of an instrument: who created, changed or retired it, when, and what changed")
    @APIResponse(responseCode = "200", description = "Changes, oldest first", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChangeView.class), examples = @ExampleObject(
            name = "history", value = "[{\"action\":\"created\",\"version\":0,\"changedBy\":\"reference-data\",\"changedAt\":\"2026-11-28T10:00:00Z\",\"changes\":{}},{\"action\":\"updated\",\"version\":1,\"changedBy\":\"curator-1\",\"changes\":{\"entryIntoForce\":{\"from\":null,\"to\":\"2007-06-01\"}}}]")))
    @APIResponse(responseCode = "404", description = "No such instrument", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public List<ChangeView> history(@PathParam("slug") String slug) {
        search.bySlug(slug).orElseThrow(() -> ProblemException.notFound("instrument " + slug));
        return changeLog.history("instrument", slug).stream().map(ChangeView::of).toList();
    }
}
