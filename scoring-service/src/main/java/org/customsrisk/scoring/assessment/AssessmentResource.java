package org.customsrisk.scoring.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/assessments")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
public class AssessmentResource {

    private final AssessmentService assessments;
    private final SyncAssessment sync;
    private final Caller caller;

    AssessmentResource(AssessmentService assessments, SyncAssessment sync, Caller caller) {
        this.assessments = assessments;
        this.sync = sync;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Assess a declaration now",
            description = "Within the deadline (scoring.sync.deadline): the model's assessment if the features arrive in "
                    + "time, otherwise the policy's rules and random selection alone, marked as a fallback.")
    public AssessmentView assess(@Valid @NotNull(message = "a JSON body is required") AssessmentRequest request) {
        return sync.assess(caller.tenant(), request.revision(), request.checkedDeclaration());
    }

    @GET
    @Path("/{declarationId}")
    @Operation(summary = "The assessment of the latest assessed revision of a declaration")
    public AssessmentView latest(@PathParam("declarationId") String declarationId) {
        return assessments.latest(caller.tenant(), declarationId);
    }

    @GET
    @Path("/{declarationId}/revisions/{revision}")
    @Operation(summary = "The assessment of one revision of a declaration")
    public AssessmentView ofRevision(@PathParam("declarationId") String declarationId,
            @PathParam("revision") @Min(1) int revision) {
        return assessments.ofRevision(caller.tenant(), declarationId, revision);
    }
}
