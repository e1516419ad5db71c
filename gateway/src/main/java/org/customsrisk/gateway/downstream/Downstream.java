package org.customsrisk.gateway.downstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.function.Supplier;
import org.customsrisk.common.problem.DependencyUnavailableException;
import org.customsrisk.common.problem.Problem;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Calls a service and hands its answer to the caller as the public API's: the status and JSON body
 * as they are (a problem keeps its type, with the public path as its instance), Location rewritten
 * from the service's path to the public one, and a service that cannot be reached as a 503 problem.
 */
@ApplicationScoped
public class Downstream {

    private static final String SERVICE_PREFIX = "/api/";
    private static final String PUBLIC_PREFIX = "/api/v1/";

    private final UriInfo uriInfo;
    private final ObjectMapper json;

    Downstream(UriInfo uriInfo, ObjectMapper json) {
        this.uriInfo = uriInfo;
        this.json = json;
    }

    /** The service's answer to the call, as the public API's answer. */
    public Response relay(String service, Supplier<RestResponse<JsonNode>> call) {
        return toPublic(call(service, call));
    }

    /** The service's answer, or 503 when it cannot be reached in time. */
    public RestResponse<JsonNode> call(String service, Supplier<RestResponse<JsonNode>> call) {
        try {
            return call.get();
        } catch (ProcessingException | TimeoutException | CircuitBreakerOpenException e) {
            throw new DependencyUnavailableException(service + " cannot be reached; try again shortly.", e);
        }
    }

    public Response toPublic(RestResponse<JsonNode> answer) {
        JsonNode body = body(answer);
        String contentType = answer.getHeaderString(HttpHeaders.CONTENT_TYPE);
        boolean problem = contentType != null && contentType.startsWith(Problem.MEDIA_TYPE);
        if (problem && body instanceof ObjectNode object && object.has("instance")) {
            object.put("instance", uriInfo.getPath());
        }
        Response.ResponseBuilder response = Response.status(answer.getStatus())
                .entity(body)
                .type(problem ? Problem.MEDIA_TYPE : MediaType.APPLICATION_JSON);
        URI location = answer.getLocation();
        if (location != null) {
            response.location(publicLocation(location));
        }
        String retryAfter = answer.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return response.build();
    }

    /**
     * The JSON body of an answer. The client reads a success's body itself; the body of an error
     * (the default exception mapper being off) is still the service's stream.
     */
    public JsonNode body(RestResponse<JsonNode> answer) {
        Object entity = ((RestResponse<?>) answer).getEntity();
        if (entity instanceof InputStream stream) {
            try (stream) {
                return json.readTree(stream);
            } catch (IOException e) {
                throw new DependencyUnavailableException("A service answered " + answer.getStatus()
                        + " with a body that is not JSON.", e);
            }
        }
        return (JsonNode) entity;
    }

    /** {@code http://ingestion:8081/api/declarations/X} becomes {@code <gateway>/api/v1/declarations/X}. */
    URI publicLocation(URI serviceLocation) {
        String path = serviceLocation.getRawPath();
        String publicPath = path.startsWith(SERVICE_PREFIX) ? PUBLIC_PREFIX + path.substring(SERVICE_PREFIX.length()) : path;
        return uriInfo.getBaseUri().resolve(publicPath.substring(1));
    }
}
