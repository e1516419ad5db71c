package org.customsrisk.gateway.tenants;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform administrator's view of the installation. These calls act on any tenant named in
 * the path (the administrator operates the platform, not one administration) and are never
 * refused because the administrator's own tenant is suspended.
 */
@Path("/api/v1/tenants")
@Tag(name = "Tenants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class TenantResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final TenantService tenants;

    TenantResource(TenantService tenants) {
        this.tenants = tenants;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard a customs administration",
            description = "Creates the tenant's record with its settings, and its integrator client in Keycloak "
                    + "(client credentials; its tokens carry the tenant and the integrator role). The client secret is "
                    + "in this answer only. The settings are then handed to model-service (four eyes) and scoring-service "
                    + "(starting policy); settingsApplied tells which took them. 409 if the tenant or the client exists.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Onboarding"),
            examples = @ExampleObject(name = "onboarding", ref = "Onboarding")))
    @APIResponse(responseCode = "201", description = "Onboarded; the integrator's credentials are shown once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tenant"),
                    examples = @ExampleObject(name = "onboarded", ref = "OnboardedTenant")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response onboard(@Valid @NotNull(message = BODY_REQUIRED) Onboarding onboarding) {
        TenantView created = tenants.onboard(onboarding);
        return Response.created(UriBuilder.fromResource(TenantResource.class).path(created.tenant()).build())
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "The onboarded tenants", description = "By tenant code; offset pagination.")
    @APIResponse(responseCode = "200", description = "The tenants",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TenantList"),
                    examples = @ExampleObject(name = "tenants", ref = "TenantList")))
    public List<TenantView> list(
            @QueryParam("offset") @DefaultValue("0") @Min(0) @Parameter(description = "Tenants to skip", example = "0") int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) @Parameter(description = "1 to 500", example = "50") int limit) {
        return tenants.list(offset, limit);
    }

    @GET
    @Path("/{tenant}")
    @Operation(summary = "A tenant", description = "Its status, settings and whether the services took them.")
    @APIResponse(responseCode = "200", description = "The tenant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tenant"),
                    examples = @ExampleObject(name = "tenant", ref = "Tenant")))
    public TenantView get(@PathParam("tenant") @Parameter(example = "gh") String tenant) {
        return tenants.get(tenant);
    }

    @PUT
    @Path("/{tenant}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a tenant's settings",
            description = "Four eyes on or off, the starting selectivity policy, the rate limit; handed to the services "
                    + "again, which also re-applies settings a service did not take before.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TenantSettings"),
            examples = @ExampleObject(name = "settings", ref = "TenantSettings")))
    @APIResponse(responseCode = "200", description = "The tenant with its new settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tenant"),
                    examples = @ExampleObject(name = "tenant", ref = "Tenant")))
    public TenantView changeSettings(@PathParam("tenant") @Parameter(example = "gh") String tenant,
            @Valid @NotNull(message = BODY_REQUIRED) SettingsChange settings) {
        return tenants.changeSettings(tenant, settings);
    }

    @POST
    @Path("/{tenant}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend a tenant",
            description = "Every call of its users and clients is refused with 403 from now on (other gateway replicas "
                    + "follow within seconds), until it is reinstated. Its data are kept.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Suspension"),
            examples = @ExampleObject(name = "suspension", ref = "Suspension")))
    @APIResponse(responseCode = "200", description = "The tenant, SUSPENDED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tenant"),
                    examples = @ExampleObject(name = "suspended", ref = "SuspendedTenant")))
    public TenantView suspend(@PathParam("tenant") @Parameter(example = "gh") String tenant,
            @Valid @NotNull(message = BODY_REQUIRED) Suspension suspension) {
        return tenants.suspend(tenant, suspension);
    }

    @DELETE
    @Path("/{tenant}/suspension")
    @Operation(summary = "Reinstate a suspended tenant", description = "Its calls are let through again.")
    @APIResponse(responseCode = "200", description = "The tenant, ACTIVE",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Tenant"),
                    examples = @ExampleObject(name = "tenant", ref = "Tenant")))
    public TenantView reinstate(@PathParam("tenant") @Parameter(example = "gh") String tenant) {
        return tenants.reinstate(tenant);
    }
}
