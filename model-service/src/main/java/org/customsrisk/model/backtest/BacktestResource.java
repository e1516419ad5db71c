package org.customsrisk.model.backtest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/models/{name}/versions/{version}/backtests")
@Tag(name = "Backtests")
@Produces(MediaType.APPLICATION_JSON)
public class BacktestResource {

    private final BacktestService backtests;
    private final Caller caller;

    BacktestResource(BacktestService backtests, Caller caller) {
        this.backtests = backtests;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MODEL_MANAGER)
    @Operation(summary = "Evaluate a version on the labelled declarations of a window, beside the PRODUCTION version")
    public Backtest run(@PathParam("name") String name, @PathParam("version") int version,
            @Valid @NotNull(message = "a JSON body is required") BacktestRequest window) {
        return backtests.run(caller.tenant(), name, version, window);
    }
}
