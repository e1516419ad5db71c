package org.customsrisk.gateway.caller;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Caller")
@SecurityRequirement(name = "bearer")
public class CallerResource {

    private final Caller caller;

    CallerResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.MODEL_MANAGER, Roles.RISK_MANAGER, Roles.PLATFORM_ADMIN })
    @Operation(summary = "Who am I",
            description = "The subject, tenant and roles the platform reads from the caller's token. The tenant "
                    + "comes from the token's tenant claim only; headers or parameters naming a tenant are ignored.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallerProfile.class),
                    examples = @ExampleObject(name = "analyst", value = """
                            {"subject":"8bc15dfd-828e-4867-83c3-e607299d0f2d","username":"kr-analyst","tenant":"kr","roles":["analyst"]}""")))
    public CallerProfile me() {
        return new CallerProfile(caller.subject(), caller.username(), caller.tenant(), caller.roles());
    }
}
