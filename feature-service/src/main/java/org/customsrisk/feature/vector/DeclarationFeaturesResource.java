package org.customsrisk.feature.vector;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.customsrisk.feature.computation.FeatureSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/declarations")
@Tag(name = "Features")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
public class DeclarationFeaturesResource {

    private final FeatureVectorService vectors;
    private final Caller caller;

    DeclarationFeaturesResource(FeatureVectorService vectors, Caller caller) {
        this.vectors = vectors;
        this.caller = caller;
    }

    @GET
    @Path("/{declarationId}/features")
    @Operation(summary = "The stored vectors of the latest revision of a declaration, as announced in features.computed")
    public DeclarationFeaturesView features(@PathParam("declarationId") String declarationId) {
        FeatureVectorRepository.StoredVectors stored = vectors.latest(caller.tenant(), declarationId);
        return new DeclarationFeaturesView(declarationId, stored.revision(), stored.schemaVersion(),
                FeatureSchema.ofVersion(stored.schemaVersion()).orElseThrow().names(), stored.computedAt(), stored.items());
    }
}
