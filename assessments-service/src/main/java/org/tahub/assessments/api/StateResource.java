package org.tahub.assessments.api;

import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.assessments.reference.StateRegistry;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.edge.parameters.CodeParameters;

@Path("/api/v1/states")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "States", description = "The 193 UN Member States and the 2 observer States, with their M49 regions, languages, legal traditions and memberships")
@Authenticated
public class StateResource {

    private static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");
    private static final Set<String> LEGAL_TRADITIONS = Set.of("common-law", "civil-law", "islamic-law", "customary-law", "mixed");

    private final StateRegistry registry;

    public StateResource(StateRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Operation(summary = "States, by name; filter by region (any M49 level), membership, UN language, legal tradition, UN status")
    @APIResponse(responseCode = "200", description = "Matching states", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StateView.class),
            examples = @ExampleObject(name = "region=014", value = "[{\"iso3\":\"KEN\",\"name\":\"Kenya\",\"m49\":\"404\",\"region\":{\"code\":\"002\",\"name\":\"Africa\"},\"subRegion\":{\"code\":\"202\",\"name\":\"Sub-Saharan Africa\"},\"intermediateRegion\":{\"code\":\"014\",\"name\":\"Eastern Africa\"},\"unLanguages\":[\"en\"],\"legalTradition\":\"mixed\",\"memberships\":[\"UN\",\"AU\",\"COMMONWEALTH\"],\"fsrb\":\"ESAAMLG\"}]")))
    @APIResponse(responseCode = "400", description = "Unknown filter, or a bad value (an empty one included)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<StateView> list(
            @Parameter(description = "UN M49 code of a region, sub-region or intermediate region", example = "002", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.M49)) @QueryParam("region") String region,
            @Parameter(description = "Body code: OAS, COE, EU, AU, LAS, OIC, SAARC, CIS, ASEAN, COMMONWEALTH, a FATF-style body, ...", example = "AU", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9-]{1,20}$")) @QueryParam("membership") String membership,
            @Parameter(description = "One of the six UN languages", example = "fr", schema = @Schema(type = SchemaType.STRING, enumeration = {"ar", "zh", "en", "fr", "ru", "es"})) @QueryParam("language") String language,
            @Parameter(description = "The state's legal tradition", example = "common-law", schema = @Schema(type = SchemaType.STRING, enumeration = {"common-law", "civil-law", "islamic-law", "customary-law", "mixed"})) @QueryParam("legalTradition") String legalTradition,
            @Parameter(description = "Member or observer State", example = "member", schema = @Schema(type = SchemaType.STRING, enumeration = {"member", "observer"})) @QueryParam("unStatus") String unStatus,
            @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of("region", "membership", "language", "legalTradition", "unStatus"));
        QueryParameters.requireValues(uri);
        if (region != null && !region.matches("\\d{3}")) {
            throw ProblemException.badRequest("query.region", QueryParameters.quote(region) + " is not a 3-digit UN M49 code");
        }
        if (membership != null && !membership.matches("[A-Za-z0-9-]{1,20}")) {
            throw ProblemException.badRequest("query.membership", QueryParameters.quote(membership) + " is not the code of a body (e.g. AU)");
        }
        if (language != null && !LANGUAGES.contains(language)) {
            throw ProblemException.badRequest("query.language", QueryParameters.quote(language) + " is not one of the six UN languages (ar, zh, en, fr, ru, es)");
        }
        if (legalTradition != null && !LEGAL_TRADITIONS.contains(legalTradition)) {
            throw ProblemException.badRequest("query.legalTradition", QueryParameters.quote(legalTradition) + " is not one of common-law, civil-law, islamic-law, customary-law, mixed");
        }
        if (unStatus != null && !unStatus.equals("member") && !unStatus.equals("observer")) {
            throw ProblemException.badRequest("query.unStatus", QueryParameters.quote(unStatus) + " is neither member nor observer");
        }
        return registry.find(new StateRegistry.Criteria(region, membership, language, legalTradition, unStatus))
                .stream().map(StateView::of).toList();
    }

    @GET
    @Path("/{iso3}")
    @Operation(summary = "One state by its ISO 3166-1 alpha-3 code")
    @APIResponse(responseCode = "200", description = "The state", content = @Content(schema = @Schema(implementation = StateView.class),
            examples = @ExampleObject(name = "KEN", value = "{\"iso3\":\"KEN\",\"iso2\":\"KE\",\"m49\":\"404\",\"name\":\"Kenya\",\"unStatus\":\"member\",\"region\":{\"code\":\"002\",\"name\":\"Africa\"},\"legalTradition\":\"mixed\",\"legalSystems\":[\"common-law\",\"customary-law\",\"islamic-law\"],\"fsrb\":\"ESAAMLG\"}")))
    @APIResponse(responseCode = "404", description = "Not in the registry", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StateView get(@Parameter(description = "ISO 3166-1 alpha-3 code", example = "KEN", schema = @Schema(type = SchemaType.STRING, pattern = CodeParameters.ISO3)) @PathParam("iso3") String iso3) {
        return registry.byIso3(iso3).map(StateView::of).orElseThrow(() -> ProblemException.notFound("state"));
    }
}
