package org.tahub.assessments.api;

import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.assessments.registry.StateRegistry;
import org.tahub.problems.ProblemException;
import org.tahub.problems.QueryParameters;

@Path("/api/v1/states")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "States", description = "The 193 UN Member States and the 2 observer States, with their M49 regions, languages, legal traditions and memberships")
public class StateResource {

    private final StateRegistry registry;

    public StateResource(StateRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Operation(summary = "States, by name; filter by region (any M49 level), membership, UN language, legal tradition, UN status")
    @APIResponse(responseCode = "200", description = "Matching states", content = @Content(examples = @ExampleObject(
            name = "region=014", value = "[{\"iso3\":\"KEN\",\"name\":\"Kenya\",\"m49\":\"404\",\"region\":{\"code\":\"002\",\"name\":\"Africa\"},\"subRegion\":{\"code\":\"202\",\"name\":\"Sub-Saharan Africa\"},\"intermediateRegion\":{\"code\":\"014\",\"name\":\"Eastern Africa\"},\"unLanguages\":[\"en\"],\"legalTradition\":\"mixed\",\"memberships\":[\"UN\",\"AU\",\"COMMONWEALTH\"],\"fsrb\":\"ESAAMLG\"}]")))
    @APIResponse(responseCode = "400", description = "Unknown filter or bad value", content = @Content(mediaType = "application/problem+json"))
    public List<StateView> list(
            @Parameter(description = "UN M49 code of a region, sub-region or intermediate region", example = "002") @QueryParam("region") String region,
            @Parameter(description = "Body code: OAS, COE, EU, AU, LAS, OIC, SAARC, CIS, ASEAN, COMMONWEALTH, a FATF-style body, ...", example = "AU") @QueryParam("membership") String membership,
            @Parameter(description = "One of the six UN languages: ar, zh, en, fr, ru, es", example = "fr") @QueryParam("language") String language,
            @Parameter(description = "common-law, civil-law, islamic-law, customary-law, mixed", example = "common-law") @QueryParam("legalTradition") String legalTradition,
            @Parameter(description = "member or observer", example = "member") @QueryParam("unStatus") String unStatus,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of("region", "membership", "language", "legalTradition", "unStatus"));
        if (region != null && !region.matches("\\d{3}")) {
            throw ProblemException.badRequest("query.region", "'" + region + "' is not a 3-digit UN M49 code");
        }
        if (language != null && !Set.of("ar", "zh", "en", "fr", "ru", "es").contains(language)) {
            throw ProblemException.badRequest("query.language", "'" + language + "' is not one of the six UN languages (ar, zh, en, fr, ru, es)");
        }
        if (legalTradition != null && !Set.of("common-law", "civil-law", "islamic-law", "customary-law", "mixed").contains(legalTradition)) {
            throw ProblemException.badRequest("query.legalTradition", "'" + legalTradition + "' is not one of common-law, civil-law, islamic-law, customary-law, mixed");
        }
        if (unStatus != null && !unStatus.equals("member") && !unStatus.equals("observer")) {
            throw ProblemException.badRequest("query.unStatus", "'" + unStatus + "' is neither member nor observer");
        }
        return registry.find(new StateRegistry.Criteria(region, membership, language, legalTradition, unStatus))
                .stream().map(StateView::of).toList();
    }

    @GET
    @Path("/{iso3}")
    @Operation(summary = "One state by its ISO 3166-1 alpha-3 code")
    @APIResponse(responseCode = "200", description = "The state", content = @Content(examples = @ExampleObject(
            name = "KEN", value = "{\"iso3\":\"KEN\",\"iso2\":\"KE\",\"m49\":\"404\",\"name\":\"Kenya\",\"unStatus\":\"member\",\"region\":{\"code\":\"002\",\"name\":\"Africa\"},\"legalTradition\":\"mixed\",\"legalSystems\":[\"common-law\",\"customary-law\",\"islamic-law\"],\"fsrb\":\"ESAAMLG\"}")))
    @APIResponse(responseCode = "404", description = "Not in the registry", content = @Content(mediaType = "application/problem+json"))
    public StateView get(@PathParam("iso3") String iso3) {
        return registry.byIso3(iso3).map(StateView::of)
                .orElseThrow(() -> ProblemException.notFound("state " + iso3));
    }
}
