package org.tahub.gateway.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import org.tahub.gateway.security.ApiKeys;
import org.tahub.identity.Role;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.IdParameters;

/** Administrators issue, list and revoke API keys; only the admin role reaches this resource, whatever the route. */
@Path("/api/v1/admin/api-keys")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "API keys of partner systems, states, providers, analysts and curators")
public class ApiKeyResource {

    /** A key lives at most until this year: a key for ever is a key nobody remembers to revoke. */
    static final int LATEST_EXPIRY_YEAR = 2100;

    private final ApiKeys keys;
    private final SecurityIdentity caller;

    public ApiKeyResource(ApiKeys keys, SecurityIdentity caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a key for a role; the key is in this answer only, store it now",
            description = "A state key is bound to one ISO3, a provider key to one provider id.")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = ApiKeyView.class), examples = @ExampleObject(
            name = "state key", value = "{\"id\":\"6f1c...\",\"prefix\":\"tahub_state_3f9a01\",\"name\":\"Kenya focal point\",\"role\":\"state\",\"state\":\"KEN\",\"status\":\"active\",\"key\":\"tahub_state_3f9a01...\"}")))
    @APIResponse(responseCode = "422", description = "Invalid; every offending field is listed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response issue(@Valid @NotNull ApiKeyRequest body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Role role = Role.of(body.role()).orElseThrow();
        if (role == Role.STATE && body.state() == null) {
            errors.add(new Problem.FieldError("body.state", "is required for the state role"));
        }
        if (role != Role.STATE && body.state() != null) {
            errors.add(new Problem.FieldError("body.state", "is only for the state role"));
        }
        if (role == Role.PROVIDER && body.provider() == null) {
            errors.add(new Problem.FieldError("body.provider", "is required for the provider role"));
        }
        if (role != Role.PROVIDER && body.provider() != null) {
            errors.add(new Problem.FieldError("body.provider", "is only for the provider role"));
        }
        if (body.expiresAt() != null && body.expiresAt().getYear() > LATEST_EXPIRY_YEAR) {
            errors.add(new Problem.FieldError("body.expiresAt", "must be in " + LATEST_EXPIRY_YEAR + " or before"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        ApiKeys.Issued issued = keys.issue(body.name(), role, body.state(), body.provider(), body.expiresAt(),
                caller.getPrincipal().getName());
        return Response.status(201).entity(ApiKeyView.of(issued.record(), issued.key())).build();
    }

    @GET
    @Operation(summary = "Every key ever issued, with its status; never the keys themselves")
    @APIResponse(responseCode = "200", description = "Keys, oldest first", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ApiKeyView.class), examples = @ExampleObject(
            name = "keys", value = "[{\"id\":\"6f1c2d3e-0000-4000-8000-000000000001\",\"prefix\":\"tahub_state_3f9a01bc\",\"name\":\"Kenya focal point\",\"role\":\"state\",\"state\":\"KEN\",\"status\":\"active\"}]")))
    public List<ApiKeyView> list() {
        return keys.list().stream().map(k -> ApiKeyView.of(k, null)).toList();
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(summary = "Revoke a key; it stops working within the key cache time (30 s by default)")
    @APIResponse(responseCode = "200", description = "The revoked key", content = @Content(schema = @Schema(implementation = ApiKeyView.class), examples = @ExampleObject(
            name = "revoked", value = "{\"id\":\"6f1c2d3e-0000-4000-8000-000000000001\",\"status\":\"revoked\",\"revokedBy\":\"admin\"}")))
    @APIResponse(responseCode = "404", description = "No such key", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ApiKeyView revoke(@PathParam("id") String id) {
        UUID uuid = IdParameters.path(id, () -> ProblemException.notFound("API key " + id));
        return keys.revoke(uuid, caller.getPrincipal().getName()).map(k -> ApiKeyView.of(k, null))
                .orElseThrow(() -> ProblemException.notFound("API key " + id));
    }
}
