package org.customsrisk.scoring.assessment;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.common.security.BearerTokenPropagation;
import org.customsrisk.contracts.feature.ItemFeatures;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** feature-service's synchronous computation, called with the caller's token. */
@RegisterRestClient(configKey = "feature-service")
@RegisterProvider(BearerTokenPropagation.class)
@Path("/api/features")
public interface FeatureServiceClient {

    /** What scoring reads of feature-service's answer. */
    record ComputedVectors(int schemaVersion, List<ItemFeatures> items) {
    }

    @POST
    @Path("/compute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<ComputedVectors> compute(DeclarationPayload declaration);
}
