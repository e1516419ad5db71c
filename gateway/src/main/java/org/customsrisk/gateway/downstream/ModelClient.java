package org.customsrisk.gateway.downstream;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.temporal.ChronoUnit;
import org.customsrisk.common.security.BearerTokenPropagation;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** model-service, called with the caller's token; reads are retried with back-off, changes are not. */
@RegisterRestClient(configKey = "model-service")
@RegisterProvider(BearerTokenPropagation.class)
@RegisterProvider(TracePropagation.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(10_000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = jakarta.ws.rs.ProcessingException.class)
@ExponentialBackoff
public interface ModelClient {

    @GET
    @Path("/models")
    RestResponse<JsonNode> models();

    @POST
    @Path("/models")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> register(JsonNode model);

    @GET
    @Path("/models/{name}")
    RestResponse<JsonNode> model(@PathParam("name") String name);

    @GET
    @Path("/models/{name}/versions")
    RestResponse<JsonNode> versions(@PathParam("name") String name, @QueryParam("stage") String stage);

    @GET
    @Path("/models/{name}/versions/{version}")
    RestResponse<JsonNode> version(@PathParam("name") String name, @PathParam("version") int version);

    /** The caller's multipart body (parts file and metadata) as it arrives, streamed on without being parsed. */
    @POST
    @Path("/models/{name}/versions")
    @Timeout(value = 5, unit = ChronoUnit.MINUTES)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> upload(@PathParam("name") String name, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body);

    @POST
    @Path("/models/{name}/versions/{version}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> transition(@PathParam("name") String name, @PathParam("version") int version, JsonNode request);

    @POST
    @Path("/models/{name}/versions/{version}/backtests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 5, unit = ChronoUnit.MINUTES)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> backtest(@PathParam("name") String name, @PathParam("version") int version, JsonNode window);

    /** model-service takes the point-in-time training set from feature-service before it answers: seconds, not milliseconds. */
    @POST
    @Path("/models/{name}/training-jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(value = 5, unit = ChronoUnit.MINUTES)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> startTraining(@PathParam("name") String name, JsonNode job);

    @GET
    @Path("/models/{name}/training-jobs")
    RestResponse<JsonNode> trainingJobs(@PathParam("name") String name);

    @GET
    @Path("/models/{name}/training-jobs/{jobId}")
    RestResponse<JsonNode> trainingJob(@PathParam("name") String name, @PathParam("jobId") String jobId);

    @POST
    @Path("/models/{name}/promotion-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> requestPromotion(@PathParam("name") String name, JsonNode submission);

    @GET
    @Path("/models/{name}/promotion-requests")
    RestResponse<JsonNode> promotionRequests(@PathParam("name") String name, @QueryParam("status") String status);

    @GET
    @Path("/models/{name}/promotion-requests/{id}")
    RestResponse<JsonNode> promotionRequest(@PathParam("name") String name, @PathParam("id") String id);

    @POST
    @Path("/models/{name}/promotion-requests/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> approve(@PathParam("name") String name, @PathParam("id") String id, JsonNode decision);

    @POST
    @Path("/models/{name}/promotion-requests/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> reject(@PathParam("name") String name, @PathParam("id") String id, JsonNode decision);

    @GET
    @Path("/models/{name}/audit")
    RestResponse<JsonNode> audit(@PathParam("name") String name);

    /** A platform administrator sets the four-eyes rule of a tenant being onboarded. */
    @PUT
    @Path("/tenants/{tenant}/model-governance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> setTenantGovernance(@PathParam("tenant") String tenant, JsonNode change);
}
