package org.customsrisk.gateway.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.common.security.Roles;
import org.customsrisk.gateway.downstream.Downstream;
import org.customsrisk.gateway.downstream.ScoringClient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/v1/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    /** Report paths are plain segments: nothing that could climb out of /api/reports on the service. */
    private static final Pattern REPORT_PATH = Pattern.compile("[a-z0-9-]{1,64}(/[a-z0-9-]{1,64}){0,3}");

    private final ScoringClient scoring;
    private final Downstream downstream;

    ReportResource(@RestClient ScoringClient scoring, Downstream downstream) {
        this.scoring = scoring;
        this.downstream = downstream;
    }

    @GET
    @Path("/{report: .+}")
    @RolesAllowed({ Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
    @Operation(summary = "A performance report of the administration",
            description = "The reports of scoring-service, with their query parameters as they are: realized lane rates "
                    + "by day and office (lane-rates), hit rate and revenue per selection mode (selection-performance), "
                    + "the bias-corrected precision of the model's selections (precision-estimate) and score drift (drift).")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Report"),
                    examples = @ExampleObject(name = "lane-rates", ref = "Report")))
    public Response report(@PathParam("report") @Parameter(description = "The report's path", example = "lane-rates") String report,
            UriInfo uri) {
        if (!REPORT_PATH.matcher(report).matches()) {
            throw new ResourceNotFoundException("Report", report);
        }
        return downstream.relay("scoring-service", () -> scoring.report(report, uri.getQueryParameters()));
    }
}
