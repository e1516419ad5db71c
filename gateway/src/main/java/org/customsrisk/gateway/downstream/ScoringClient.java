package org.customsrisk.gateway.downstream;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.customsrisk.common.security.BearerTokenPropagation;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** scoring-service, called with the caller's token; reads are retried with back-off, changes are not. */
@RegisterRestClient(configKey = "scoring-service")
@RegisterProvider(BearerTokenPropagation.class)
@RegisterProvider(TracePropagation.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(10_000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = jakarta.ws.rs.ProcessingException.class)
@ExponentialBackoff
public interface ScoringClient {

    /** Scores one stored revision within scoring's deadline: {@code {"revision": n, "declaration": {...}}}. */
    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> assess(JsonNode revisionAndDeclaration);

    @GET
    @Path("/assessments/{declarationId}")
    RestResponse<JsonNode> assessment(@PathParam("declarationId") String declarationId);

    @GET
    @Path("/assessments/{declarationId}/revisions/{revision}")
    RestResponse<JsonNode> assessmentOfRevision(@PathParam("declarationId") String declarationId,
            @PathParam("revision") int revision);

    @GET
    @Path("/selectivity-policy")
    RestResponse<JsonNode> policy();

    @PUT
    @Path("/selectivity-policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> changePolicy(JsonNode change);

    @GET
    @Path("/selectivity-policy/versions")
    RestResponse<JsonNode> policyVersions();

    @GET
    @Path("/selectivity-policy/versions/{version}")
    RestResponse<JsonNode> policyVersion(@PathParam("version") int version);

    /** A platform administrator sets the first policy of a tenant being onboarded. */
    @PUT
    @Path("/tenants/{tenant}/selectivity-policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Retry(maxRetries = 0)
    RestResponse<JsonNode> setTenantPolicy(@PathParam("tenant") String tenant, JsonNode change);

    @GET
    @Path("/reports/{report}")
    RestResponse<JsonNode> report(@PathParam("report") @Encoded String report, @RestQuery MultivaluedMap<String, String> query);
}
