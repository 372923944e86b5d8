package org.tahub.gateway.caller;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tahub.gateway.security.ClientIdentities;
import org.tahub.gateway.security.Identity;
import org.tahub.edge.problem.Problem;

/**
 * Who am I: what the caller's key or token proves, so that a client (the dashboard's sign-in, a partner checking its
 * configuration) learns its role and scope without trying calls. Any valid credential may ask.
 */
@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caller", description = "What the caller's credential proves")
public class CallerResource {

    private final SecurityIdentity caller;

    public CallerResource(SecurityIdentity caller) {
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's role and scope, as its API key or bearer token proves them")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(
            schema = @Schema(implementation = CallerView.class), examples = @ExampleObject(name = "a state's key",
            value = "{\"subject\":\"key:tahub_state_3f9a01\",\"role\":\"state\",\"state\":\"KEN\"}")))
    @APIResponse(responseCode = "401", description = "No credential, or one that is unknown, expired or revoked",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public CallerView me() {
        return CallerView.of(caller.<Identity>getAttribute(ClientIdentities.IDENTITY));
    }
}
