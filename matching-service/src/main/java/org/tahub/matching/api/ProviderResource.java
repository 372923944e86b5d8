package org.tahub.matching.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.identity.CurrentCaller;
import org.tahub.matching.domain.Provider;
import org.tahub.matching.service.ProviderDirectory;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.parameters.QueryParameters;
import org.tahub.matching.command.ProviderInput;

@Path("/api/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Providers", description = "Organisations that offer technical assistance")
@Authenticated
public class ProviderResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String EXAMPLE = "{\"id\":\"unodc-tpb\",\"name\":\"United Nations Office on Drugs and Crime, Terrorism Prevention Branch\",\"shortName\":\"UNODC/TPB\",\"kind\":\"UN_ENTITY\",\"headquarters\":\"AUT\",\"website\":\"https://www.unodc.org/unodc/en/terrorism/index.html\",\"demonstration\":true,\"activeOffers\":4,\"version\":0}";

    private final ProviderDirectory directory;
    private final CurrentCaller caller;

    public ProviderResource(ProviderDirectory directory, CurrentCaller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every provider, with its number of active offers")
    @APIResponse(responseCode = "200", description = "The providers", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ProviderView.class), examples = @ExampleObject(name = "providers", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "A query parameter (this list takes none)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<ProviderView> list(@Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        Map<String, Long> counts = directory.activeOfferCounts();
        return directory.providers().stream().map(p -> ProviderView.of(p, counts.getOrDefault(p.id, 0L))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One provider")
    @APIResponse(responseCode = "200", description = "The provider", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProviderView.class), examples = @ExampleObject(name = "UNODC/TPB", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such provider",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ProviderView get(@PathParam("id") String id) {
        return view(directory.provider(id));
    }

    @RolesAllowed({Roles.PROVIDER, Roles.ADMIN})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a provider (admins); its focal point then gets a provider key bound to its id")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProviderView.class), examples = @ExampleObject(name = "registered", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, or a field is unknown, of the wrong type or holds a control character",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id is taken",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid; every offending field is listed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response register(@Valid ProviderInput body, @Context UriInfo uri) {
        Provider p = directory.register(body, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(p.id).build()).entity(view(p)).build();
    }

    @RolesAllowed({Roles.PROVIDER, Roles.ADMIN})
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a provider's profile (the provider itself, or an admin)")
    @APIResponse(responseCode = "200", description = "The changed profile", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProviderView.class), examples = @ExampleObject(name = "changed", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, or a field is unknown, of the wrong type or holds a control character",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another provider's profile",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such provider",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid; every offending field is listed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ProviderView update(@PathParam("id") String id, @Valid ProviderInput body) {
        return view(directory.update(id, body, caller.get()));
    }

    private ProviderView view(Provider p) {
        return ProviderView.of(p, directory.activeOfferCounts().getOrDefault(p.id, 0L));
    }
}
