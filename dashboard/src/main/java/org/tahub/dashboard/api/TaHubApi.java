package org.tahub.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The public REST API of TA Hub, through the gateway, as any partner calls it; every call carries the signed-in
 * user's own credential ({@code Authorization: ApiKey ...} or {@code Bearer ...}), so the gateway's and the services'
 * rules decide what the dashboard may show. Answers are read as JSON trees: the dashboard picks the fields it draws.
 * A null query parameter is left out of the call. The page's request id and the user's address (as the gateway
 * forwarded them) go along ({@code org.eclipse.microprofile.rest.client.propagateHeaders}): the API's logs tie its
 * calls to the page, and on Kubernetes, where the gateway trusts the pod network's X-Forwarded-For, a user's failed
 * sign-ins count against their own address, not the dashboard's.
 */
@RegisterRestClient(configKey = "tahub-api")
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface TaHubApi {

    @GET
    @Path("/me")
    JsonNode me(@HeaderParam("Authorization") String authorization);

    /** Every state (one list, not paged). */
    @GET
    @Path("/states")
    CompletionStage<JsonNode> states(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/states/{iso3}")
    CompletionStage<JsonNode> state(@HeaderParam("Authorization") String authorization,
                                    @PathParam("iso3") String iso3);

    @GET
    @Path("/states/{iso3}/progress")
    CompletionStage<JsonNode> progress(@HeaderParam("Authorization") String authorization,
                                       @PathParam("iso3") String iso3);

    @GET
    @Path("/needs")
    CompletionStage<JsonNode> needs(@HeaderParam("Authorization") String authorization,
                                    @QueryParam("state") String state, @QueryParam("region") String region,
                                    @QueryParam("page") int page, @QueryParam("size") int size);

    /** How many current needs, by state (and area), period, priority and assessment status. */
    @GET
    @Path("/needs/counts")
    CompletionStage<JsonNode> needCounts(@HeaderParam("Authorization") String authorization,
                                         @QueryParam("priority") String priority);

    /** Assessment versions the caller may see (summaries), of one origin or (null) any. */
    @GET
    @Path("/assessments")
    CompletionStage<JsonNode> assessments(@HeaderParam("Authorization") String authorization,
                                          @QueryParam("origin") String origin, @QueryParam("page") int page,
                                          @QueryParam("size") int size);

    /** The needs of one assessment version, whatever has superseded it since. */
    @GET
    @Path("/assessments/{id}/needs")
    CompletionStage<JsonNode> needsOf(@HeaderParam("Authorization") String authorization, @PathParam("id") String id);

    @GET
    @Path("/gaps")
    CompletionStage<JsonNode> gaps(@HeaderParam("Authorization") String authorization,
                                   @QueryParam("priority") String priority, @QueryParam("region") String region,
                                   @QueryParam("limit") int limit);

    @GET
    @Path("/ratifications")
    CompletionStage<JsonNode> ratifications(@HeaderParam("Authorization") String authorization,
                                            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/assessments/template")
    CompletionStage<JsonNode> template(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/matches")
    CompletionStage<JsonNode> matches(@HeaderParam("Authorization") String authorization,
                                      @QueryParam("state") String state, @QueryParam("provider") String provider,
                                      @QueryParam("status") String status,
                                      @QueryParam("page") int page, @QueryParam("size") int size);

    /** Proposals made each month, by their status now (withdrawn ones included). */
    @GET
    @Path("/matches/counts")
    CompletionStage<JsonNode> matchCounts(@HeaderParam("Authorization") String authorization,
                                          @QueryParam("provider") String provider);

    @GET
    @Path("/engagements")
    CompletionStage<JsonNode> engagements(@HeaderParam("Authorization") String authorization,
                                          @QueryParam("state") String state, @QueryParam("provider") String provider,
                                          @QueryParam("limit") Integer limit);

    @GET
    @Path("/providers/{id}")
    CompletionStage<JsonNode> provider(@HeaderParam("Authorization") String authorization,
                                       @PathParam("id") String id);

    @GET
    @Path("/offers")
    CompletionStage<JsonNode> offers(@HeaderParam("Authorization") String authorization,
                                     @QueryParam("provider") String provider,
                                     @QueryParam("page") int page, @QueryParam("size") int size);
}
