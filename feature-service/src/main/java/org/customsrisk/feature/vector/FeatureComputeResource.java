package org.customsrisk.feature.vector;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.feature.computation.FeatureSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/features")
@Tag(name = "Features")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
public class FeatureComputeResource {

    private final FeatureVectorService vectors;
    private final Caller caller;

    FeatureComputeResource(FeatureVectorService vectors, Caller caller) {
        this.vectors = vectors;
        this.caller = caller;
    }

    @POST
    @Path("/compute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compute the vectors of a declaration that is not stored",
            description = "From the tenant's history before the acceptance date, as the event path would; nothing is "
                    + "stored. Served from memory once the profiles are cached: the synchronous assessment calls it.")
    public ComputedVectors compute(DeclarationPayload declaration) {
        DeclarationPayload checked = DeclarationPayloadCheck.checked(declaration);
        return new ComputedVectors(checked.declarationId(), FeatureSchema.CURRENT.version(),
                vectors.compute(caller.tenant(), checked));
    }
}
