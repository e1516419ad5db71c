package org.customsrisk.feature.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.problem.Problem;
import org.customsrisk.common.security.Caller;
import org.customsrisk.common.security.Roles;
import org.customsrisk.feature.computation.FeatureSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training-sets")
@Tag(name = "Training sets")
@RolesAllowed(Roles.MODEL_MANAGER)
public class TrainingSetResource {

    public static final String SCHEMA_VERSION_HEADER = "X-Feature-Schema-Version";

    private final TrainingSetExport export;
    private final Caller caller;

    TrainingSetResource(TrainingSetExport export, Caller caller) {
        this.export = export;
        this.caller = caller;
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "A point-in-time training set of the tenant",
            description = "One CSV row per labelled goods item of the declarations accepted in the window (both dates "
                    + "included), ordered by acceptance date, declaration id and item number; the features are those "
                    + "as of the acceptance date (docs/adr/0003-event-and-training-set-contracts.md).")
    public Response trainingSet(@QueryParam("acceptedFrom") String acceptedFrom,
            @QueryParam("acceptedTo") String acceptedTo) {
        List<Problem.Violation> violations = new ArrayList<>();
        LocalDate from = date("acceptedFrom", acceptedFrom, violations);
        LocalDate to = date("acceptedTo", acceptedTo, violations);
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(new Problem.Violation("acceptedTo", "must not be before acceptedFrom"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("the window of acceptance dates is not valid", violations);
        }
        String tenant = caller.tenant();
        StreamingOutput body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            export.write(tenant, from, to, writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv").header(SCHEMA_VERSION_HEADER, FeatureSchema.CURRENT.version()).build();
    }

    private static LocalDate date(String field, String value, List<Problem.Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Problem.Violation(field, "is required, as YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(field, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }
}
