package org.tahub.matching.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.matching.domain.Modality;
import org.tahub.matching.domain.Offer;
import org.tahub.matching.domain.OfferStatus;
import org.tahub.matching.rules.FilterValues;
import org.tahub.edge.paging.PageRequest;
import org.tahub.matching.service.ProviderDirectory;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.paging.PageRequest;
import org.tahub.edge.parameters.CodeParameters;
import org.tahub.edge.conditional.EntityTags;
import org.tahub.matching.command.OfferInput;

@Path("/api/v1/offers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offers", description = "The assistance providers offer")
@Authenticated
public class OfferResource {

    private static final Set<String> FILTERS = Set.of("provider", "area", "activity", "modality", "language", "status", "page", "size");
    private static final String PROBLEM = "application/problem+json";
    static final String EXAMPLE = "{\"id\":\"imf-legal-cft-drafting\",\"providerId\":\"imf-legal\",\"title\":\"Drafting of AML/CFT legislation\",\"areas\":[\"V\"],\"activities\":[\"V.1\",\"V.2\"],\"modality\":\"LEGISLATIVE_DRAFTING\",\"languages\":[\"en\",\"fr\",\"es\"],\"eligibility\":{\"states\":[],\"regions\":[],\"memberships\":[]},\"legalTraditions\":[],\"capacity\":6,\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2027-12-31\",\"indicativeCostUsd\":60000,\"status\":\"ACTIVE\",\"demonstration\":true,\"version\":0}";

    private final ProviderDirectory directory;
    private final CurrentCaller caller;

    public OfferResource(ProviderDirectory directory, CurrentCaller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search offers by provider, area, activity, modality, language and status")
    @APIResponse(responseCode = "200", description = "One page of offers", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfferPage.class), examples = @ExampleObject(name = "area=V", value = "{\"items\":[" + EXAMPLE + "],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value; a page beyond 10000",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public OfferPage list(
            @Parameter(description = "Provider id", example = "imf-legal", schema = @Schema(type = SchemaType.STRING,
                    pattern = FilterValues.PROVIDER, maxLength = FilterValues.PROVIDER_MAX)) @QueryParam("provider") String provider,
            @Parameter(description = "Checklist area", example = "V", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"})) @QueryParam("area") String area,
            @Parameter(description = "Checklist activity", example = "V.4", schema = @Schema(type = SchemaType.STRING,
                    pattern = CodeParameters.ACTIVITY, maxLength = CodeParameters.ACTIVITY_MAX)) @QueryParam("activity") String activity,
            @Parameter(description = "Modality", example = "MENTORING", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "LEGISLATIVE_DRAFTING", "TRAINING", "MENTORING", "EXPERT_ADVICE", "ONLINE_COURSE", "EQUIPMENT", "STUDY_VISIT",
                    "WORKSHOP", "LEGISLATOR_ENGAGEMENT"})) @QueryParam("modality") String modality,
            @Parameter(description = "UN language", example = "fr", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"ar", "zh", "en", "fr", "ru", "es"})) @QueryParam("language") String language,
            @Parameter(description = "ACTIVE (default) or WITHDRAWN", example = "ACTIVE", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"ACTIVE", "WITHDRAWN"}, defaultValue = "ACTIVE")) @QueryParam("status") @DefaultValue("ACTIVE") String status,
            @Parameter(description = "Page, from 0 to 10000", example = "0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "Page size, 1 to 200", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_SIZE, defaultValue = "20")) @QueryParam("size") @DefaultValue("20") String size,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, FILTERS);
        PageRequest pages = PageRequest.of(page, size, 20);
        var criteria = new ProviderDirectory.OfferCriteria(FilterValues.provider(provider), CodeParameters.area("area", area),
                CodeParameters.activity("activity", activity), QueryParameters.enumValue(Modality.class, "modality", modality),
                FilterValues.language(language), QueryParameters.enumValue(OfferStatus.class, "status", status), pages);
        var result = directory.search(criteria);
        return new OfferPage(result.items().stream().map(OfferView::of).toList(), result.total(), pages.page(), pages.size());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One offer; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The offer", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfferView.class), examples = @ExampleObject(name = "offer", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such offer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id) {
        Offer o = directory.offer(id);
        return Response.ok(OfferView.of(o)).tag(EntityTags.of(o.version)).build();
    }

    @RolesAllowed({Roles.PROVIDER, Roles.ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish an offer (a provider, for itself)", description = "Matching runs again for the needs it may serve.")
    @APIResponse(responseCode = "201", description = "Published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfferView.class), examples = @ExampleObject(name = "published", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, or a field is unknown, of the wrong type or holds a control character",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a provider, or for another provider",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id is taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid; every offending field is listed, nothing is saved", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid", value = "{\"type\":\"https://tahub.org/problems/validation-failed\",\"status\":422,\"errors\":[{\"field\":\"body.activities[0]\",\"message\":\"'V.99' is not an activity of the checklist\"},{\"field\":\"body.capacity\",\"message\":\"is required (engagements at once)\"}]}")))
    public Response publish(@Valid OfferInput body, @Context UriInfo uri) {
        Offer o = directory.publish(body, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(o.id).build()).entity(OfferView.of(o))
                .tag(EntityTags.of(o.version)).build();
    }

    @RolesAllowed({Roles.PROVIDER, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an offer (its provider); If-Match optional")
    @APIResponse(responseCode = "200", description = "The changed offer", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfferView.class), examples = @ExampleObject(name = "changed", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, or a field is unknown, of the wrong type or holds a control character; an If-Match that is no ETag of this API",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another provider's offer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such offer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag sent",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid; every offending field is listed, nothing is saved", content = @Content(mediaType = PROBLEM,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "invalid", value = "{\"type\":\"https://tahub.org/problems/validation-failed\",\"status\":422,\"errors\":[{\"field\":\"body.activities[0]\",\"message\":\"'V.99' is not an activity of the checklist\"},{\"field\":\"body.capacity\",\"message\":\"is required (engagements at once)\"}]}")))
    public Response update(@PathParam("id") String id, @Valid OfferInput body,
                           @Parameter(description = "The ETag (version) the change is based on", example = "\"3\"",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 40)) @HeaderParam("If-Match") String ifMatch) {
        Offer o = directory.update(id, body, EntityTags.optionalVersion(ifMatch), caller.get());
        return Response.ok(OfferView.of(o)).tag(EntityTags.of(o.version)).build();
    }

    @RolesAllowed({Roles.PROVIDER, Roles.ADMIN})
    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw an offer (its provider): no longer proposed; its proposals are withdrawn")
    @APIResponse(responseCode = "200", description = "The withdrawn offer", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfferView.class), examples = @ExampleObject(name = "withdrawn", value = "{\"id\":\"imf-legal-cft-drafting\",\"status\":\"WITHDRAWN\"}")))
    @APIResponse(responseCode = "403", description = "Another provider's offer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such offer",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public OfferView withdraw(@PathParam("id") String id) {
        return OfferView.of(directory.withdraw(id, caller.get()));
    }

}
