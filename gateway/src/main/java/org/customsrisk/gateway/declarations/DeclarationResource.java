package org.customsrisk.gateway.declarations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.security.Roles;
import org.customsrisk.gateway.downstream.Downstream;
import org.customsrisk.gateway.downstream.IngestionClient;
import org.customsrisk.gateway.downstream.ScoringClient;
import org.customsrisk.gateway.http.Bodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1")
@Tag(name = "Declarations")
@Produces(MediaType.APPLICATION_JSON)
public class DeclarationResource {

    static final String SERVICE = "ingestion-service";
    private static final int MAX_ASSESSED_PAGE = 50;

    private final IngestionClient ingestion;
    private final ScoringClient scoring;
    private final Downstream downstream;

    DeclarationResource(@RestClient IngestionClient ingestion, @RestClient ScoringClient scoring, Downstream downstream) {
        this.ingestion = ingestion;
        this.scoring = scoring;
        this.downstream = downstream;
    }

    @POST
    @Path("/declarations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Submit a declaration",
            description = "Stores the declaration durably and queues it for scoring. The same content again answers the "
                    + "same receipt and changes nothing; changed content under the same declaration id is an amendment "
                    + "and gets the next revision. The assessment follows asynchronously (GET /api/v1/assessments/{id}, "
                    + "or a webhook); POST /api/v1/assessments answers it synchronously instead.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Declaration"),
            examples = @ExampleObject(name = "declaration", ref = "Declaration")))
    @APIResponse(responseCode = "202", description = "Stored; the receipt names the revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeclarationReceipt"),
                    examples = @ExampleObject(name = "receipt", ref = "DeclarationReceipt")))
    public Response submit(JsonNode declaration) {
        JsonNode body = Bodies.required(declaration);
        return downstream.relay(SERVICE, () -> ingestion.submit(body));
    }

    @POST
    @Path("/declaration-batches")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Submit up to 500 declarations at once",
            description = "All or none: if one declaration is not valid, none is stored and the violations name it by "
                    + "its index (declarations[3].goodsItems[0].hsCode).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeclarationBatch"),
            examples = @ExampleObject(name = "batch", ref = "DeclarationBatch")))
    @APIResponse(responseCode = "202", description = "All stored; one receipt per declaration, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BatchReceipt"),
                    examples = @ExampleObject(name = "receipts", ref = "BatchReceipt")))
    public Response submitBatch(JsonNode batch) {
        JsonNode body = Bodies.required(batch);
        return downstream.relay(SERVICE, () -> ingestion.submitBatch(body));
    }

    @GET
    @Path("/declarations")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "Search declarations",
            description = "Filters combine with AND. Newest acceptance date first. Cursor pagination: pass the page's "
                    + "nextCursor as cursor to get the next page; there is no next page when it is absent. With "
                    + "withAssessments=true (pages of at most 50) each declaration carries its assessment - channel, "
                    + "selection mode and reasons - or null while it is not assessed.")
    @APIResponse(responseCode = "200", description = "A page of declarations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeclarationPage"),
                    examples = { @ExampleObject(name = "page", ref = "DeclarationPage"),
                            @ExampleObject(name = "with-assessments", ref = "AssessedDeclarationPage") }))
    public Response search(
            @QueryParam("acceptedFrom") @Parameter(description = "First acceptance date (YYYY-MM-DD)", example = "2024-01-01") String acceptedFrom,
            @QueryParam("acceptedTo") @Parameter(description = "Last acceptance date (YYYY-MM-DD)", example = "2024-03-31") String acceptedTo,
            @QueryParam("importerId") @Parameter(description = "Importer id", example = "IMP-00042") String importerId,
            @QueryParam("declarantId") @Parameter(description = "Declarant id", example = "DCL-0007") String declarantId,
            @QueryParam("customsOfficeCode") @Parameter(description = "Customs office", example = "030") String customsOfficeCode,
            @QueryParam("hsPrefix") @Parameter(description = "Leading digits of an HS code of a goods item", example = "8471") String hsPrefix,
            @QueryParam("limit") @Parameter(description = "Page size, 1 to 200 (default 50)", example = "50") Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor,
            @QueryParam("withAssessments") @Parameter(description = "Add each declaration's assessment", example = "true")
            boolean withAssessments) {
        if (withAssessments && limit != null && limit > MAX_ASSESSED_PAGE) {
            throw new InvalidRequestException("limit", "must be at most " + MAX_ASSESSED_PAGE + " with withAssessments");
        }
        RestResponse<JsonNode> page = downstream.call(SERVICE, () -> ingestion.search(acceptedFrom, acceptedTo,
                importerId, declarantId, customsOfficeCode, hsPrefix, limit, cursor));
        if (withAssessments && page.getStatus() == Response.Status.OK.getStatusCode()) {
            for (JsonNode item : page.getEntity().path("items")) {
                String id = item.path("declarationId").asText();
                RestResponse<JsonNode> assessment = downstream.call("scoring-service", () -> scoring.assessment(id));
                ((ObjectNode) item).set("assessment", assessment.getStatus() == Response.Status.OK.getStatusCode()
                        ? assessment.getEntity() : NullNode.getInstance());
            }
        }
        return downstream.toPublic(page);
    }

    @GET
    @Path("/declarations/{declarationId}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "The current revision of a declaration",
            description = "A declaration of another administration answers 404, exactly as one that does not exist.")
    @APIResponse(responseCode = "200", description = "The declaration with its goods items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeclarationView"),
                    examples = @ExampleObject(name = "declaration", ref = "DeclarationView")))
    public Response declaration(@PathParam("declarationId") @Parameter(example = "KR-2024-000123") String declarationId) {
        return downstream.relay(SERVICE, () -> ingestion.declaration(declarationId));
    }

    @GET
    @Path("/declarations/{declarationId}/revisions/{revision}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "One revision of a declaration", description = "Revisions count from 1; amendments add revisions.")
    @APIResponse(responseCode = "200", description = "The revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeclarationView"),
                    examples = @ExampleObject(name = "declaration", ref = "DeclarationView")))
    public Response revision(@PathParam("declarationId") @Parameter(example = "KR-2024-000123") String declarationId,
            @PathParam("revision") @Parameter(example = "1") int revision) {
        return downstream.relay(SERVICE, () -> ingestion.revision(declarationId, revision));
    }

    @POST
    @Path("/declarations/{declarationId}/inspection-results")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Send the result of an inspection",
            description = "The label the models learn from. 201 with a new version; 200 with the current version when the "
                    + "same result was sent before.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionResult"),
            examples = @ExampleObject(name = "result", ref = "InspectionResult")))
    @APIResponse(responseCode = "201", description = "Recorded as a new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionResultView"),
                    examples = @ExampleObject(name = "recorded", ref = "InspectionResultView")))
    @APIResponse(responseCode = "200", description = "The same result was recorded before; nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionResultView"),
                    examples = @ExampleObject(name = "unchanged", ref = "InspectionResultView")))
    public Response recordInspection(@PathParam("declarationId") @Parameter(example = "KR-2024-000123") String declarationId,
            JsonNode result) {
        JsonNode body = Bodies.required(result);
        return downstream.relay(SERVICE, () -> ingestion.recordInspection(declarationId, body));
    }

    @GET
    @Path("/declarations/{declarationId}/inspection-results")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "The current inspection results of a declaration",
            description = "The latest version of each result recorded for the declaration, as the models see them.")
    @APIResponse(responseCode = "200", description = "The current version of each result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionResultList"),
                    examples = @ExampleObject(name = "results", ref = "InspectionResultList")))
    public Response inspections(@PathParam("declarationId") @Parameter(example = "KR-2024-000123") String declarationId) {
        return downstream.relay(SERVICE, () -> ingestion.inspections(declarationId));
    }
}
