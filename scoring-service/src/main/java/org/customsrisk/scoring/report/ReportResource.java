package org.customsrisk.scoring.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ANALYST, Roles.RISK_MANAGER, Roles.MODEL_MANAGER })
public class ReportResource {

    private final ReportService reports;
    private final Caller caller;

    ReportResource(ReportService reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Path("/channels")
    @Operation(summary = "Realised channel rates by acceptance date and office")
    public List<ChannelRates> channels(@QueryParam("acceptedFrom") @NotNull LocalDate from,
            @QueryParam("acceptedTo") @NotNull LocalDate to) {
        return reports.channelRates(caller.tenant(), from, ordered(from, to));
    }

    @GET
    @Path("/selection-performance")
    @Operation(summary = "Hit rate and revenue per selection mode, and unbiased estimates from exploration")
    public SelectionPerformance selectionPerformance(@QueryParam("acceptedFrom") @NotNull LocalDate from,
            @QueryParam("acceptedTo") @NotNull LocalDate to) {
        return reports.selectionPerformance(caller.tenant(), from, ordered(from, to));
    }

    @GET
    @Path("/score-drift")
    @Operation(summary = "Drift of the PRODUCTION model's scores (population stability index)")
    public ScoreDrift drift() {
        return reports.drift(caller.tenant())
                .orElseThrow(() -> new ResourceNotFoundException("PRODUCTION model of tenant", caller.tenant()));
    }

    private static LocalDate ordered(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("acceptedTo", "must not be before acceptedFrom");
        }
        return to;
    }
}
