package org.customsrisk.gateway.models;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.customsrisk.gateway.downstream.ModelClient;
import org.customsrisk.gateway.http.Bodies;
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

@Path("/api/v1/models")
@Tag(name = "Models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    private static final String SERVICE = "model-service";

    private final ModelClient models;
    private final Downstream downstream;

    ModelResource(@RestClient ModelClient models, Downstream downstream) {
        this.models = models;
        this.downstream = downstream;
    }

    @GET
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "The administration's models", description = "By name, each with its PRODUCTION and STAGING versions.")
    @APIResponse(responseCode = "200", description = "The models",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModelList"),
                    examples = @ExampleObject(name = "models", ref = "ModelList")))
    public Response list() {
        return downstream.relay(SERVICE, models::models);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Register a model", description = "Its name is unique within the administration (409 otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NewModel"),
            examples = @ExampleObject(name = "model", ref = "NewModel")))
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Model"),
                    examples = @ExampleObject(name = "model", ref = "Model")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response register(JsonNode model) {
        JsonNode body = Bodies.required(model);
        return downstream.relay(SERVICE, () -> models.register(body));
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "A model", description = "Its description, tags and the versions in each stage.")
    @APIResponse(responseCode = "200", description = "The model",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Model"),
                    examples = @ExampleObject(name = "model", ref = "Model")))
    public Response model(@PathParam("name") @Parameter(example = "fraud") String name) {
        return downstream.relay(SERVICE, () -> models.model(name));
    }

    @GET
    @Path("/{name}/versions")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "The versions of a model, side by side",
            description = "Oldest first, each with its stage, training window and customs metrics (AUC, precision, "
                    + "recall and revenue share at 1, 2, 5 and 10% inspected), to compare them. Optionally one stage only.")
    @APIResponse(responseCode = "200", description = "The versions with their metrics",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModelVersionList"),
                    examples = @ExampleObject(name = "versions", ref = "ModelVersionList")))
    public Response versions(@PathParam("name") @Parameter(example = "fraud") String name,
            @QueryParam("stage") @Parameter(description = "CANDIDATE, STAGING, PRODUCTION or ARCHIVED", example = "PRODUCTION") String stage) {
        return downstream.relay(SERVICE, () -> models.versions(name, stage));
    }

    @GET
    @Path("/{name}/versions/{version}")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "A version of a model", description = "Its stage, artifact digest, features, training window and metrics.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModelVersion"),
                    examples = @ExampleObject(name = "version", ref = "ModelVersion")))
    public Response version(@PathParam("name") @Parameter(example = "fraud") String name,
            @PathParam("version") @Parameter(example = "4") int version) {
        return downstream.relay(SERVICE, () -> models.version(name, version));
    }

    @POST
    @Path("/{name}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Upload an externally trained model",
            description = "Part file: an XGBoost model (JSON or UBJ) or an ONNX graph; part metadata: JSON with its format "
                    + "and ordered feature names. The upload streams through the gateway. The model must load and score a "
                    + "probe row, otherwise 400 with the reason; it becomes the next version, as CANDIDATE.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(ref = "ModelUpload"),
            examples = @ExampleObject(name = "xgboost", ref = "ModelUpload")))
    @APIResponse(responseCode = "201", description = "The new CANDIDATE version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ModelVersion"),
                    examples = @ExampleObject(name = "version", ref = "ModelVersion")))
    public Response upload(@PathParam("name") @Parameter(example = "fraud") String name,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        String multipart = Uploads.multipartContentType(contentType);
        return downstream.relay(SERVICE, () -> models.upload(name, multipart, body));
    }

    @POST
    @Path("/{name}/training-jobs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Train a new version",
            description = "On the point-in-time training set of an acceptance-date window; the most recent part validates. "
                    + "Runs in the background; follow it at its Location. It ends as a CANDIDATE version with its metrics.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TrainingJobRequest"),
            examples = @ExampleObject(name = "window", ref = "TrainingJobRequest")))
    @APIResponse(responseCode = "202", description = "The job, QUEUED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TrainingJob"),
                    examples = @ExampleObject(name = "job", ref = "TrainingJob")))
    public Response startTraining(@PathParam("name") @Parameter(example = "fraud") String name, JsonNode job) {
        JsonNode body = Bodies.required(job);
        return downstream.relay(SERVICE, () -> models.startTraining(name, body));
    }

    @GET
    @Path("/{name}/training-jobs")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "The training jobs of a model", description = "Newest first, with status and progress.")
    @APIResponse(responseCode = "200", description = "The jobs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TrainingJobList"),
                    examples = @ExampleObject(name = "jobs", ref = "TrainingJobList")))
    public Response trainingJobs(@PathParam("name") @Parameter(example = "fraud") String name) {
        return downstream.relay(SERVICE, () -> models.trainingJobs(name));
    }

    @GET
    @Path("/{name}/training-jobs/{jobId}")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "A training job", description = "Status, boosting rounds done of the total, and the version it made.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TrainingJob"),
                    examples = @ExampleObject(name = "job", ref = "TrainingJob")))
    public Response trainingJob(@PathParam("name") @Parameter(example = "fraud") String name,
            @PathParam("jobId") @Parameter(example = "0f5e2a4c-8d1b-4e3a-9c7d-6b5a4f3e2d1c") String jobId) {
        return downstream.relay(SERVICE, () -> models.trainingJob(name, jobId));
    }

    @POST
    @Path("/{name}/versions/{version}/backtests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Backtest a version",
            description = "Evaluates the version on the labelled declarations of a window and answers its customs metrics "
                    + "beside those of the PRODUCTION version on the same window, before anyone approves a promotion.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BacktestRequest"),
            examples = @ExampleObject(name = "window", ref = "BacktestRequest")))
    @APIResponse(responseCode = "200", description = "The metrics of both versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Backtest"),
                    examples = @ExampleObject(name = "backtest", ref = "Backtest")))
    public Response backtest(@PathParam("name") @Parameter(example = "fraud") String name,
            @PathParam("version") @Parameter(example = "4") int version, JsonNode window) {
        JsonNode body = Bodies.required(window);
        return downstream.relay(SERVICE, () -> models.backtest(name, version, body));
    }

    @POST
    @Path("/{name}/versions/{version}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Move a version to another stage",
            description = "CANDIDATE to STAGING or ARCHIVED; STAGING to PRODUCTION or ARCHIVED; ARCHIVED to PRODUCTION "
                    + "(rollback). Promoting to PRODUCTION archives the former PRODUCTION version; where four eyes are "
                    + "required it goes through a promotion request instead (409 here). Every transition is audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TransitionRequest"),
            examples = @ExampleObject(name = "to-staging", ref = "TransitionRequest")))
    @APIResponse(responseCode = "200", description = "The transition done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TransitionResult"),
                    examples = @ExampleObject(name = "done", ref = "TransitionResult")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response transition(@PathParam("name") @Parameter(example = "fraud") String name,
            @PathParam("version") @Parameter(example = "4") int version, JsonNode request) {
        JsonNode body = Bodies.required(request);
        return downstream.relay(SERVICE, () -> models.transition(name, version, body));
    }

    @POST
    @Path("/{name}/promotion-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Request the promotion of a version to PRODUCTION",
            description = "For a STAGING or ARCHIVED version, with a justification. Another model manager approves or "
                    + "rejects it; one request per version awaits a decision at a time (409 otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PromotionSubmission"),
            examples = @ExampleObject(name = "request", ref = "PromotionSubmission")))
    @APIResponse(responseCode = "201", description = "The request, PENDING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PromotionRequest"),
                    examples = @ExampleObject(name = "pending", ref = "PromotionRequest")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response requestPromotion(@PathParam("name") @Parameter(example = "fraud") String name, JsonNode submission) {
        JsonNode body = Bodies.required(submission);
        return downstream.relay(SERVICE, () -> models.requestPromotion(name, body));
    }

    @GET
    @Path("/{name}/promotion-requests")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "The promotion requests of a model", description = "Oldest first; optionally those of one status.")
    @APIResponse(responseCode = "200", description = "The requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PromotionRequestList"),
                    examples = @ExampleObject(name = "requests", ref = "PromotionRequestList")))
    public Response promotionRequests(@PathParam("name") @Parameter(example = "fraud") String name,
            @QueryParam("status") @Parameter(description = "PENDING, APPROVED or REJECTED", example = "PENDING") String status) {
        return downstream.relay(SERVICE, () -> models.promotionRequests(name, status));
    }

    @GET
    @Path("/{name}/promotion-requests/{requestId}")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "A promotion request", description = "Who asked, for which version, why, and the decision if any.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PromotionRequest"),
                    examples = @ExampleObject(name = "pending", ref = "PromotionRequest")))
    public Response promotionRequest(@PathParam("name") @Parameter(example = "fraud") String name,
            @PathParam("requestId") @Parameter(example = "3c9b1f0e-2d4a-4b6c-8e7f-1a2b3c4d5e6f") String requestId) {
        return downstream.relay(SERVICE, () -> models.promotionRequest(name, requestId));
    }

    @POST
    @Path("/{name}/promotion-requests/{requestId}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Approve a promotion request",
            description = "By a model manager other than the requester (409 otherwise), with a justification: the version "
                    + "goes to PRODUCTION, the former one is archived, and scoring swaps to it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Decision"),
            examples = @ExampleObject(name = "approval", ref = "Decision")))
    @APIResponse(responseCode = "200", description = "The promotion done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TransitionResult"),
                    examples = @ExampleObject(name = "promoted", ref = "TransitionResult")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response approve(@PathParam("name") @Parameter(example = "fraud") String name,
            @PathParam("requestId") @Parameter(example = "3c9b1f0e-2d4a-4b6c-8e7f-1a2b3c4d5e6f") String requestId, JsonNode decision) {
        JsonNode body = Bodies.required(decision);
        return downstream.relay(SERVICE, () -> models.approve(name, requestId, body));
    }

    @POST
    @Path("/{name}/promotion-requests/{requestId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Reject a promotion request", description = "With a justification; the requester may withdraw their own.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Decision"),
            examples = @ExampleObject(name = "rejection", ref = "Decision")))
    @APIResponse(responseCode = "200", description = "The request, REJECTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PromotionRequest"),
                    examples = @ExampleObject(name = "rejected", ref = "PromotionRequest")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response reject(@PathParam("name") @Parameter(example = "fraud") String name,
            @PathParam("requestId") @Parameter(example = "3c9b1f0e-2d4a-4b6c-8e7f-1a2b3c4d5e6f") String requestId, JsonNode decision) {
        JsonNode body = Bodies.required(decision);
        return downstream.relay(SERVICE, () -> models.reject(name, requestId, body));
    }

    @GET
    @Path("/{name}/audit-trail")
    @RolesAllowed({ Roles.MODEL_MANAGER, Roles.ANALYST })
    @Operation(summary = "The audit trail of a model",
            description = "Oldest first: every registration, transition, promotion request, approval and rejection of its "
                    + "versions - who, when, from which stage to which, and why. Entries are never changed or removed.")
    @APIResponse(responseCode = "200", description = "The trail",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditTrail"),
                    examples = @ExampleObject(name = "trail", ref = "AuditTrail")))
    public Response audit(@PathParam("name") @Parameter(example = "fraud") String name) {
        return downstream.relay(SERVICE, () -> models.audit(name));
    }
}
