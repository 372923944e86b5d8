package org.tahub.gateway.deadletters;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import org.tahub.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tahub.edge.problem.Problem;
import org.tahub.edge.problem.ProblemException;
import org.tahub.edge.parameters.QueryParameters;

/** Administrators see what consumers could not process, and replay it; only the admin role reaches this resource. */
@Path("/api/v1/admin/dead-letters")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class DeadLetterResource {

    private static final String EXAMPLE = "{\"topic\":\"tahub.catalogue.v1.dlq.assessments-service\",\"partition\":0,\"offset\":3,\"at\":\"2026-11-28T10:00:00Z\",\"key\":\"IX.2\",\"value\":\"this is not an event\",\"originalTopic\":\"tahub.catalogue.v1\",\"originalPartition\":1,\"originalOffset\":57,\"reason\":\"not a CloudEvents 1.0 JSON envelope\",\"cause\":null,\"replayedFrom\":null}";

    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "Dead letters of every consumer (or of one dead-letter topic), newest first, with the reason")
    @APIResponse(responseCode = "200", description = "The dead letters", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetterView.class), examples = @ExampleObject(name = "dead letters", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "A bad limit or a topic that is not a dead-letter topic", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The broker cannot be reached", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public List<DeadLetterView> list(
            @Parameter(description = "One dead-letter topic (<topic>.dlq.<consumer>); all when absent") @QueryParam("topic") String topic,
            @Parameter(description = "How many at most", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "200"))
            @QueryParam("limit") String limit) {
        return deadLetters.list(topic, QueryParameters.limit(limit, 200, 1, 1000));
    }

    @POST
    @Path("/{topic}/{partition}/{offset}/replay")
    @Operation(summary = "Replay one dead letter to the topic it came from (consumers are idempotent)")
    @APIResponse(responseCode = "200", description = "Replayed", content = @Content(schema = @Schema(implementation = DeadLetterView.class), examples = @ExampleObject(name = "replayed", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such dead letter", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The broker cannot be reached", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public DeadLetterView replay(@PathParam("topic") String topic, @PathParam("partition") String partition,
                                 @PathParam("offset") String offset) {
        try {
            return deadLetters.replay(topic, Integer.parseInt(partition), Long.parseLong(offset));
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("dead letter " + topic + "/" + partition + "/" + offset);
        }
    }
}
