package org.customsrisk.model.governance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where a caller acts for a tenant other than its own: a platform administrator sets a tenant's
 * four-eyes rule (when it is onboarded, through the gateway).
 */
@Path("/api/tenants/{tenant}/model-governance")
@Tag(name = "Governance")
@Produces(MediaType.APPLICATION_JSON)
public class GovernanceResource {

    private final GovernanceRepository governance;
    private final Caller caller;

    GovernanceResource(GovernanceRepository governance, Caller caller) {
        this.governance = governance;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Set a tenant's four-eyes rule for promotions (platform administrators)")
    public GovernanceView set(@PathParam("tenant") @Pattern(regexp = "[a-z][a-z0-9-]{1,31}",
            message = "must be 2 to 32 lower-case letters, digits or dashes") String tenant,
            @Valid @NotNull(message = "a JSON body is required") GovernanceSetting setting) {
        return governance.set(tenant, caller.username(), setting);
    }
}
