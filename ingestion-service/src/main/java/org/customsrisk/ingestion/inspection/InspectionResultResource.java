package org.customsrisk.ingestion.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.customsrisk.ingestion.declaration.ProvenanceFactory;
import org.customsrisk.ingestion.validation.IsoReferenceData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/declarations/{declarationId}/inspection-results")
@Tag(name = "Inspection results")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResultResource {

    private final InspectionResultService results;
    private final ProvenanceFactory provenance;
    private final Caller caller;

    InspectionResultResource(InspectionResultService results, ProvenanceFactory provenance, Caller caller) {
        this.results = results;
        this.provenance = provenance;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Record the result of an inspection",
            description = "201 with the new version; 200 with the current version when the same result was sent before.")
    public Response record(@PathParam("declarationId") String declarationId,
            @Valid @ConvertGroup(to = IsoReferenceData.class) @NotNull(message = "a JSON body is required")
            InspectionResultSubmission result,
            @HeaderParam("traceparent") String traceparent) {
        StoredInspectionResult stored = results.record(provenance.api(traceparent), declarationId, result);
        return Response.status(stored.changed() ? Response.Status.CREATED : Response.Status.OK)
                .entity(stored.result())
                .build();
    }

    @GET
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "The current inspection results of a declaration")
    public List<InspectionResultView> list(@PathParam("declarationId") String declarationId) {
        return results.currentOf(caller.tenant(), declarationId);
    }
}
