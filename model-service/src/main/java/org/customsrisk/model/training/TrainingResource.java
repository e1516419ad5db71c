package org.customsrisk.model.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/models/{name}/training-jobs")
@Tag(name = "Training")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingResource {

    private final TrainingService training;
    private final Caller caller;

    TrainingResource(TrainingService training, Caller caller) {
        this.training = training;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Train a new version on the training set of a window; runs in the background")
    public Response start(@PathParam("name") String name,
            @Valid @NotNull(message = "a JSON body is required") TrainingRequest request, UriInfo uri) {
        TrainingJobView job = training.start(caller.tenant(), caller.username(), name, request);
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.jobId().toString()).build()).build();
    }

    @GET
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "The training jobs of a model, newest first")
    public List<TrainingJobView> jobs(@PathParam("name") String name) {
        return training.jobs(caller.tenant(), name);
    }

    @GET
    @Path("/{jobId}")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "A training job: status, rounds done of the total, and the version it made")
    public TrainingJobView job(@PathParam("name") String name, @PathParam("jobId") String jobId) {
        UUID id;
        try {
            id = UUID.fromString(jobId);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFoundException("Training job", jobId);
        }
        return training.job(caller.tenant(), name, id);
    }
}
