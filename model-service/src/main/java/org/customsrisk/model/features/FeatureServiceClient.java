package org.customsrisk.model.features;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.customsrisk.common.security.BearerTokenPropagation;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** feature-service, called with the caller's token. */
@RegisterRestClient(configKey = "feature-service")
@RegisterProvider(BearerTokenPropagation.class)
@Path("/api")
interface FeatureServiceClient {

    record Feature(String name, String description) {
    }

    record Schema(int version, List<Feature> features) {
    }

    @GET
    @Path("/feature-schemas/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    Schema schema(@PathParam("version") int version);

    /** text/csv with header X-Feature-Schema-Version (docs/adr/0003). */
    @GET
    @Path("/training-sets")
    @Produces("text/csv")
    Response trainingSet(@QueryParam("acceptedFrom") String acceptedFrom, @QueryParam("acceptedTo") String acceptedTo);
}
