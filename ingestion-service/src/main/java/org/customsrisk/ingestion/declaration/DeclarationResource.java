package org.customsrisk.ingestion.declaration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Optional;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.customsrisk.ingestion.validation.IsoReferenceData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/declarations")
@Tag(name = "Declarations")
@Produces(MediaType.APPLICATION_JSON)
public class DeclarationResource {


    static final String BODY_REQUIRED = "a JSON body is required";

    private final DeclarationService declarations;
    private final ProvenanceFactory provenance;
    private final Caller caller;

    DeclarationResource(DeclarationService declarations, ProvenanceFactory provenance, Caller caller) {
        this.declarations = declarations;
        this.provenance = provenance;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Submit a declaration",
            description = "Stores the declaration and queues it for scoring (202). The same content again is a no-op "
                    + "with the same receipt; changed content under the same id is an amendment, a new revision.")
    public Response submit(@Valid @ConvertGroup(to = IsoReferenceData.class) @NotNull(message = BODY_REQUIRED)
            DeclarationSubmission submission,
            @HeaderParam("traceparent") String traceparent) {
        DeclarationReceipt receipt = declarations.submit(provenance.api(traceparent), List.of(submission)).get(0).receipt();
        return Response.accepted(receipt)
                .location(UriBuilder.fromResource(DeclarationResource.class).path(receipt.declarationId()).build())
                .build();
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Submit up to 500 declarations at once", description = "All or none: see DeclarationBatch.")
    public Response submitBatch(@Valid @ConvertGroup(to = IsoReferenceData.class) @NotNull(message = BODY_REQUIRED)
            DeclarationBatch batch,
            @HeaderParam("traceparent") String traceparent) {
        List<DeclarationReceipt> receipts = declarations.submit(provenance.api(traceparent), batch.declarations())
                .stream().map(StoredDeclaration::receipt).toList();
        return Response.accepted(new BatchReceipt(receipts)).build();
    }

    @GET
    @Path("/{declarationId}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "The current revision of a declaration")
    public DeclarationView get(@PathParam("declarationId") String declarationId) {
        return declarations.find(caller.tenant(), declarationId, Optional.empty());
    }

    @GET
    @Path("/{declarationId}/revisions/{revision}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "One revision of a declaration")
    public DeclarationView getRevision(@PathParam("declarationId") String declarationId,
            @PathParam("revision") @Min(1) int revision) {
        return declarations.find(caller.tenant(), declarationId, Optional.of(revision));
    }

    @GET
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "Search declarations",
            description = "Filters combine with AND. Newest acceptance date first, cursor pagination.")
    public DeclarationPage search(@Valid @BeanParam DeclarationSearch search) {
        return declarations.search(caller.tenant(), search);
    }
}
