package org.customsrisk.scoring.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
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
    private final Caller caller;

    AssessmentResource(AssessmentService assessments, Caller caller) {
        this.assessments = assessments;
        this.caller = caller;
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
