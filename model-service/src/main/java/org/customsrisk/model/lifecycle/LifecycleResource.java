package org.customsrisk.model.lifecycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/models/{name}")
@Tag(name = "Lifecycle")
@Produces(MediaType.APPLICATION_JSON)
public class LifecycleResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final LifecycleService lifecycle;
    private final Caller caller;

    LifecycleResource(LifecycleService lifecycle, Caller caller) {
        this.lifecycle = lifecycle;
        this.caller = caller;
    }

    @POST
    @Path("/versions/{version}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Move a version to another stage; promoting to PRODUCTION archives the former one")
    public TransitionResult transition(@PathParam("name") String name, @PathParam("version") int version,
            @Valid @NotNull(message = BODY_REQUIRED) TransitionRequest request) {
        return lifecycle.transition(caller.tenant(), name, version, caller.username(), request);
    }

    @POST
    @Path("/promotion-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Request the promotion of a STAGING or ARCHIVED version to PRODUCTION")
    public Response submit(@PathParam("name") String name,
            @Valid @NotNull(message = BODY_REQUIRED) PromotionSubmission submission, UriInfo uri) {
        PromotionRequestView request = lifecycle.submit(caller.tenant(), name, caller.username(), submission);
        return Response.created(uri.getAbsolutePathBuilder().path(request.id().toString()).build()).entity(request)
                .build();
    }

    @GET
    @Path("/promotion-requests")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "The promotion requests of a model, oldest first; optionally of one status")
    public List<PromotionRequestView> requests(@PathParam("name") String name, @QueryParam("status") String status) {
        return lifecycle.requests(caller.tenant(), name, status == null || status.isBlank() ? null : status(status));
    }

    @GET
    @Path("/promotion-requests/{id}")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "A promotion request")
    public PromotionRequestView request(@PathParam("name") String name, @PathParam("id") String id) {
        return lifecycle.request(caller.tenant(), name, id(id));
    }

    @POST
    @Path("/promotion-requests/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Approve a promotion request (not its requester): the version goes to PRODUCTION")
    public TransitionResult approve(@PathParam("name") String name, @PathParam("id") String id,
            @Valid @NotNull(message = BODY_REQUIRED) Decision decision) {
        return lifecycle.approve(caller.tenant(), name, id(id), caller.username(), decision);
    }

    @POST
    @Path("/promotion-requests/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Reject a promotion request; its requester may withdraw it this way")
    public PromotionRequestView reject(@PathParam("name") String name, @PathParam("id") String id,
            @Valid @NotNull(message = BODY_REQUIRED) Decision decision) {
        return lifecycle.reject(caller.tenant(), name, id(id), caller.username(), decision);
    }

    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFoundException("Promotion request", id);
        }
    }

    private static PromotionRequest.Status status(String status) {
        try {
            return PromotionRequest.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status", "must be one of " + Arrays.toString(PromotionRequest.Status.values()));
        }
    }
}
