package org.customsrisk.ingestion.declaration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of a declaration search, from the query string. */
public class DeclarationSearch {

    @QueryParam("acceptedFrom")
    @Parameter(description = "First acceptance date included (YYYY-MM-DD).")
    public LocalDate acceptedFrom;

    @QueryParam("acceptedTo")
    @Parameter(description = "Last acceptance date included (YYYY-MM-DD).")
    public LocalDate acceptedTo;

    @QueryParam("importerId")
    @Size(max = 64)
    public String importerId;

    @QueryParam("declarantId")
    @Size(max = 64)
    public String declarantId;

    @QueryParam("customsOfficeCode")
    @Size(max = 32)
    public String customsOfficeCode;

    @QueryParam("hsPrefix")
    @Pattern(regexp = "\\d{2,10}", message = "must be 2 to 10 digits")
    @Parameter(description = "Declarations with at least one goods item whose HS code starts with these digits.")
    public String hsPrefix;

    @QueryParam("channel")
    @Pattern(regexp = "RED|YELLOW|BLUE|GREEN", message = "must be RED, YELLOW, BLUE or GREEN")
    @Parameter(description = "Declarations whose latest assessment gave this channel: RED, YELLOW, BLUE or GREEN.")
    public String channel;

    @QueryParam("limit")
    @DefaultValue("50")
    @Min(1)
    @Max(500)
    public int limit;

    @QueryParam("cursor")
    @Size(max = 200)
    @ValidCursor
    @Parameter(description = "nextCursor of the previous page.")
    public String cursor;
}
