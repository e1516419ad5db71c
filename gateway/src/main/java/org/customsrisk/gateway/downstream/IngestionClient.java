package org.customsrisk.gateway.downstream;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

/**
 * ingestion-service, called with the caller's token. Reads and the submissions ingestion makes
 * idempotent (the same content answers the same receipt) are retried with back-off when the service
 * cannot be reached; an upload stream cannot be replayed and is not.
 */
@RegisterRestClient(configKey = "ingestion-service")
@RegisterProvider(BearerTokenPropagation.class)
@RegisterProvider(TracePropagation.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(10_000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = jakarta.ws.rs.ProcessingException.class)
@ExponentialBackoff
public interface IngestionClient {

    @POST
    @Path("/declarations")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<JsonNode> submit(JsonNode declaration);

    @POST
    @Path("/declarations/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Timeout(60_000)
    RestResponse<JsonNode> submitBatch(JsonNode batch);

    @GET
    @Path("/declarations")
    RestResponse<JsonNode> search(@QueryParam("acceptedFrom") String acceptedFrom, @QueryParam("acceptedTo") String acceptedTo,
            @QueryParam("importerId") String importerId, @QueryParam("declarantId") String declarantId,
            @QueryParam("customsOfficeCode") String customsOfficeCode, @QueryParam("hsPrefix") String hsPrefix,
            @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/declarations/{declarationId}")
    RestResponse<JsonNode> declaration(@PathParam("declarationId") String declarationId);

    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}")
    RestResponse<JsonNode> revision(@PathParam("declarationId") String declarationId, @PathParam("revision") int revision);

    @POST
    @Path("/declarations/{declarationId}/inspection-results")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<JsonNode> recordInspection(@PathParam("declarationId") String declarationId, JsonNode result);

    @GET
    @Path("/declarations/{declarationId}/inspection-results")
    RestResponse<JsonNode> inspections(@PathParam("declarationId") String declarationId);

    /** The caller's multipart body as it arrives, boundary and all, streamed on without being parsed. */
    @POST
    @Path("/bulk-imports")
    @Timeout(value = 10, unit = ChronoUnit.MINUTES)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> startBulkImport(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body);

    @GET
    @Path("/bulk-imports")
    RestResponse<JsonNode> bulkImports(@QueryParam("limit") Integer limit);

    @GET
    @Path("/bulk-imports/{jobId}")
    RestResponse<JsonNode> bulkImport(@PathParam("jobId") String jobId);

    @GET
    @Path("/bulk-imports/{jobId}/rejects")
    RestResponse<JsonNode> bulkImportRejects(@PathParam("jobId") String jobId, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit);
}
