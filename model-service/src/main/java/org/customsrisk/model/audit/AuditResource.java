package org.customsrisk.model.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.customsrisk.model.registry.ModelRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/models/{name}/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditTrail trail;
    private final ModelRepository models;
    private final Caller caller;

    AuditResource(AuditTrail trail, ModelRepository models, Caller caller) {
        this.trail = trail;
        this.models = models;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Transactional
    @Operation(summary = "The audit trail of a model, oldest first")
    public List<AuditEntryView> trail(@PathParam("name") String name) {
        String tenant = caller.tenant();
        models.require(tenant, name);
        return trail.of(tenant, name);
    }
}
