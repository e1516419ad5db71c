package org.customsrisk.ingestion.bulk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.customsrisk.ingestion.declaration.ProvenanceFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/bulk-imports")
@Tag(name = "Bulk imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATOR)
public class BulkImportResource {

    private final BulkImportService imports;
    private final ProvenanceFactory provenance;
    private final Caller caller;

    BulkImportResource(BulkImportService imports, ProvenanceFactory provenance, Caller caller) {
        this.imports = imports;
        this.provenance = provenance;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a CSV file of declarations",
            description = "Answers 202 with the job as soon as the file is uploaded; the import runs in the background. "
                    + "Rows of declarations already stored with the same content are counted as unchanged, so a file "
                    + "can be submitted again after a failure.")
    public Response start(
            @RestForm("file") @NotNull(message = "a CSV file is required in the part 'file'") FileUpload file,
            @RestForm("layout") @DefaultValue("PLATFORM") @Parameter(description = "PLATFORM, KCS or BACUDA") CsvLayout layout,
            @RestForm("labels") @DefaultValue("false")
            @Parameter(description = "Import the layout's label columns as inspection results") boolean labels,
            @RestForm("currency") @Pattern(regexp = "[A-Z]{3}", message = "must be three capital letters")
            @Parameter(description = "ISO 4217 currency of the values, for layouts without a currency column "
                    + "(default KRW for KCS, NGN for BACUDA)") String currency,
            @HeaderParam("traceparent") String traceparent) {
        String valuesCurrency = currency != null ? currency : switch (layout) {
            case KCS -> "KRW";
            case BACUDA -> "NGN";
            case PLATFORM -> null;
        };
        BulkImportJobView job = imports.start(provenance.api(traceparent),
                new ImportOptions(layout, labels, valuesCurrency), file.uploadedFile(), file.fileName());
        return Response.accepted(job)
                .location(UriBuilder.fromResource(BulkImportResource.class).path(job.jobId().toString()).build())
                .build();
    }

    @GET
    @Operation(summary = "The tenant's recent bulk imports, newest first")
    public List<BulkImportJobView> recent(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return imports.recent(caller.tenant(), limit);
    }

    @GET
    @Path("/{jobId}")
    @Operation(summary = "A bulk import and its progress")
    public BulkImportJobView get(@PathParam("jobId") UUID jobId) {
        return imports.find(caller.tenant(), jobId);
    }

    @GET
    @Path("/{jobId}/rejects")
    @Operation(summary = "The rows a bulk import rejected: line, column and reason")
    public RejectsPage rejects(@PathParam("jobId") UUID jobId,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return imports.rejects(caller.tenant(), jobId, offset, limit);
    }
}
