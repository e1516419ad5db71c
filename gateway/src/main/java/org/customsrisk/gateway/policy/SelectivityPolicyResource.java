package org.customsrisk.gateway.policy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.customsrisk.common.security.Roles;
import org.customsrisk.gateway.downstream.Downstream;
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

@Path("/api/v1/selectivity-policy")
@Tag(name = "Selectivity policy")
@Produces(MediaType.APPLICATION_JSON)
public class SelectivityPolicyResource {

    private static final String SERVICE = "scoring-service";

    private final ScoringClient scoring;
    private final Downstream downstream;

    SelectivityPolicyResource(@RestClient ScoringClient scoring, Downstream downstream) {
        this.scoring = scoring;
        this.downstream = downstream;
    }

    @GET
    @RolesAllowed({ Roles.RISK_MANAGER, Roles.ANALYST, Roles.MODEL_MANAGER })
    @Operation(summary = "The selectivity policy in force",
            description = "Target rates of RED, YELLOW and BLUE, the exploration share of the RED budget, mandatory rules "
                    + "and office capacities. Version 0 is the platform default, in force until the administration sets its own.")
    @APIResponse(responseCode = "200", description = "The policy in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Policy"),
                    examples = @ExampleObject(name = "policy", ref = "Policy")))
    public Response current() {
        return downstream.relay(SERVICE, scoring::policy);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.RISK_MANAGER)
    @Operation(summary = "Change the selectivity policy",
            description = "Adds a version; scoring applies it within seconds. basedOnVersion must be the version in force: "
                    + "if another change came first the request is refused with 409 rather than overwriting it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PolicyChange"),
            examples = @ExampleObject(name = "change", ref = "PolicyChange")))
    @APIResponse(responseCode = "200", description = "The new version, in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Policy"),
                    examples = @ExampleObject(name = "policy", ref = "Policy")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response change(JsonNode change) {
        JsonNode body = Bodies.required(change);
        return downstream.relay(SERVICE, () -> scoring.changePolicy(body));
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ Roles.RISK_MANAGER, Roles.ANALYST, Roles.MODEL_MANAGER })
    @Operation(summary = "The history of the policy", description = "Every version, newest first, with who changed it and why.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PolicyList"),
                    examples = @ExampleObject(name = "history", ref = "PolicyList")))
    public Response history() {
        return downstream.relay(SERVICE, scoring::policyVersions);
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({ Roles.RISK_MANAGER, Roles.ANALYST, Roles.MODEL_MANAGER })
    @Operation(summary = "One version of the policy", description = "As it was when it was in force.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Policy"),
                    examples = @ExampleObject(name = "policy", ref = "Policy")))
    public Response version(@PathParam("version") @Parameter(example = "3") int version) {
        return downstream.relay(SERVICE, () -> scoring.policyVersion(version));
    }
}
