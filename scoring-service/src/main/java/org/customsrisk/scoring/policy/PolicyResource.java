package org.customsrisk.scoring.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/selectivity-policy")
@Tag(name = "Selectivity policy")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final PolicyService policies;
    private final Caller caller;

    PolicyResource(PolicyService policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.RISK_MANAGER, Roles.ANALYST, Roles.MODEL_MANAGER })
    @Operation(summary = "The policy in force")
    public PolicyView current() {
        return policies.current(caller.tenant());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Change the policy", description = "Adds a version; scoring applies it within seconds.")
    public PolicyView change(@Valid @NotNull(message = "a JSON body is required") PolicyChange change) {
        return policies.change(caller.tenant(), caller.username(), change);
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ Roles.RISK_MANAGER, Roles.ANALYST, Roles.MODEL_MANAGER })
    @Operation(summary = "Every version of the policy, newest first")
    public List<PolicyView> history() {
        return policies.history(caller.tenant());
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({ Roles.RISK_MANAGER, Roles.ANALYST, Roles.MODEL_MANAGER })
    @Operation(summary = "One version of the policy")
    public PolicyView version(@PathParam("version") @Min(0) int version) {
        return policies.version(caller.tenant(), version);
    }
}
