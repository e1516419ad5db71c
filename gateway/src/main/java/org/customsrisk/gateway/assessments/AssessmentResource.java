package org.customsrisk.gateway.assessments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

@Path("/api/v1/assessments")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private static final String INGESTION = "ingestion-service";
    private static final String SCORING = "scoring-service";

    private final IngestionClient ingestion;
    private final ScoringClient scoring;
    private final Downstream downstream;
    private final ObjectMapper json;

    AssessmentResource(@RestClient IngestionClient ingestion, @RestClient ScoringClient scoring, Downstream downstream,
            ObjectMapper json) {
        this.ingestion = ingestion;
        this.scoring = scoring;
        this.downstream = downstream;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRATOR)
    @Operation(summary = "Assess a declaration synchronously",
            description = "For the clearance flow: the declaration is first stored durably (as POST /api/v1/declarations "
                    + "does), then scored within the platform's deadline and answered with its channel and reasons. If the "
                    + "model does not answer in time, the rules-only decision is answered and marked as a fallback. If "
                    + "scoring cannot be reached the answer is 503 but the declaration is stored and will be scored "
                    + "asynchronously: read it later at /api/v1/assessments/{declarationId}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Declaration"),
            examples = @ExampleObject(name = "declaration", ref = "Declaration")))
    @APIResponse(responseCode = "200", description = "The assessment of the stored revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Assessment"),
                    examples = @ExampleObject(name = "assessment", ref = "Assessment")))
    public Response assess(JsonNode declaration) {
        JsonNode body = Bodies.required(declaration);
        RestResponse<JsonNode> receipt = downstream.call(INGESTION, () -> ingestion.submit(body));
        if (receipt.getStatus() != Response.Status.ACCEPTED.getStatusCode()) {
            return downstream.toPublic(receipt);
        }
        ObjectNode request = json.createObjectNode();
        request.set("revision", receipt.getEntity().get("revision"));
        request.set("declaration", body);
        return downstream.relay(SCORING, () -> scoring.assess(request));
    }

    @GET
    @Path("/{declarationId}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "The assessment of a declaration",
            description = "The assessment of its latest assessed revision: channel, selection mode, fraud probability, "
                    + "reasons, and the model and policy versions that decided. 404 until it is assessed.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Assessment"),
                    examples = @ExampleObject(name = "assessment", ref = "Assessment")))
    public Response latest(@PathParam("declarationId") @Parameter(example = "KR-2024-000123") String declarationId) {
        return downstream.relay(SCORING, () -> scoring.assessment(declarationId));
    }

    @GET
    @Path("/{declarationId}/revisions/{revision}")
    @RolesAllowed({ Roles.INTEGRATOR, Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "The assessment of one revision of a declaration",
            description = "Each revision (amendment) of a declaration is assessed on its own.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Assessment"),
                    examples = @ExampleObject(name = "assessment", ref = "Assessment")))
    public Response ofRevision(@PathParam("declarationId") @Parameter(example = "KR-2024-000123") String declarationId,
            @PathParam("revision") @Parameter(example = "1") int revision) {
        return downstream.relay(SCORING, () -> scoring.assessmentOfRevision(declarationId, revision));
    }
}
