package org.customsrisk.feature.schema;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.common.security.Roles;
import org.customsrisk.feature.computation.FeatureSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/feature-schemas")
@Tag(name = "Feature schemas")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
public class FeatureSchemaResource {

    @GET
    @Path("/current")
    @Operation(summary = "The schema the service computes vectors with now")
    public FeatureSchemaView current() {
        return FeatureSchemaView.of(FeatureSchema.CURRENT);
    }

    @GET
    @Path("/{version}")
    @Operation(summary = "One schema version: the ordered feature names a model of that version reads, and their meanings")
    public FeatureSchemaView version(@PathParam("version") String version) {
        return parse(version).flatMap(FeatureSchema::ofVersion).map(FeatureSchemaView::of)
                .orElseThrow(() -> new ResourceNotFoundException("feature schema version", version));
    }

    private static Optional<Integer> parse(String version) {
        return version.matches("\\d{1,9}") ? Optional.of(Integer.parseInt(version)) : Optional.empty();
    }
}
