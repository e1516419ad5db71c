package org.customsrisk.scoring.policy;

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
 * The one place where a caller acts for a tenant other than its own: a platform administrator sets
 * a tenant's policy (its starting policy when the tenant is onboarded). The new version is based on
 * whatever version is in force, and records the administrator as its author.
 */
@Path("/api/tenants/{tenant}/selectivity-policy")
@Tag(name = "Selectivity policy")
@Produces(MediaType.APPLICATION_JSON)
public class TenantPolicyResource {

    private final PolicyService policies;
    private final Caller caller;

    TenantPolicyResource(PolicyService policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Set a tenant's policy (platform administrators)")
    public PolicyView set(@PathParam("tenant") @Pattern(regexp = "[a-z][a-z0-9-]{1,31}",
            message = "must be 2 to 32 lower-case letters, digits or dashes") String tenant,
            @Valid @NotNull(message = "a JSON body is required") TenantPolicySetting setting) {
        return policies.set(tenant, caller.username(), setting.document(), setting.changeNote());
    }
}
