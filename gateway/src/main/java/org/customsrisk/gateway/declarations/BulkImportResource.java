package org.customsrisk.gateway.declarations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.customsrisk.common.security.Roles;
import org.customsrisk.gateway.downstream.Downstream;
import org.customsrisk.gateway.downstream.IngestionClient;
import org.customsrisk.gateway.http.Uploads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/v1/bulk-imports")
@Tag(name = "Bulk imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATOR)
public class BulkImportResource {

    private final IngestionClient ingestion;
    private final Downstream downstream;

    BulkImportResource(@RestClient IngestionClient ingestion, Downstream downstream) {
        this.ingestion = ingestion;
        this.downstream = downstream;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a CSV file of declarations",
            description = "Multipart parts: file (the CSV), layout (PLATFORM, KCS or BACUDA; default PLATFORM), labels "
                    + "(true to import the layout's label columns as inspection results), currency (ISO 4217, for "
                    + "layouts without a currency column). The upload streams through the gateway to ingestion, up to "
                    + "1 GiB. Answers 202 with the job as soon as the file is stored; the import runs in the background "
                    + "and can be followed at the job's Location. Submitting the same file again after a failure is safe.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(ref = "BulkImportUpload"),
            examples = @ExampleObject(name = "kcs", ref = "BulkImportUpload")))
    @APIResponse(responseCode = "202", description = "The job, QUEUED or RUNNING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkImportJob"),
                    examples = @ExampleObject(name = "job", ref = "BulkImportJob")))
    public Response start(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        String multipart = Uploads.multipartContentType(contentType);
        return downstream.relay(DeclarationResource.SERVICE, () -> ingestion.startBulkImport(multipart, body));
    }

    @GET
    @Operation(summary = "The tenant's recent bulk imports", description = "Newest first, at most limit of them.")
    @APIResponse(responseCode = "200", description = "The jobs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkImportJobList"),
                    examples = @ExampleObject(name = "jobs", ref = "BulkImportJobList")))
    public Response recent(@QueryParam("limit") @Parameter(description = "1 to 200 (default 20)", example = "20") Integer limit) {
        return downstream.relay(DeclarationResource.SERVICE, () -> ingestion.bulkImports(limit));
    }

    @GET
    @Path("/{jobId}")
    @Operation(summary = "A bulk import and its progress",
            description = "Rows read, accepted, unchanged and rejected so far, and the rate in rows per second.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BulkImportJob"),
                    examples = @ExampleObject(name = "job", ref = "BulkImportJob")))
    public Response job(@PathParam("jobId") @Parameter(example = "5b0c1d9e-6a7f-4c1e-9d55-2f8e8f0c3a10") String jobId) {
        return downstream.relay(DeclarationResource.SERVICE, () -> ingestion.bulkImport(jobId));
    }

    @GET
    @Path("/{jobId}/rejects")
    @Operation(summary = "The rows a bulk import rejected",
            description = "Line, column and reason of each rejected row, in file order; offset pagination.")
    @APIResponse(responseCode = "200", description = "A page of rejected rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RejectsPage"),
                    examples = @ExampleObject(name = "rejects", ref = "RejectsPage")))
    public Response rejects(@PathParam("jobId") @Parameter(example = "5b0c1d9e-6a7f-4c1e-9d55-2f8e8f0c3a10") String jobId,
            @QueryParam("offset") @Parameter(description = "Rows to skip (default 0)", example = "0") Integer offset,
            @QueryParam("limit") @Parameter(description = "1 to 1000 (default 100)", example = "100") Integer limit) {
        return downstream.relay(DeclarationResource.SERVICE, () -> ingestion.bulkImportRejects(jobId, offset, limit));
    }
}
