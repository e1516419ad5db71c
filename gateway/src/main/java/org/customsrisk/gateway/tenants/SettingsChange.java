package org.customsrisk.gateway.tenants;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A tenant's settings: the four-eyes rule of model promotions (model-service), the selectivity
 * policy it starts with (scoring-service; none keeps the platform default) and its rate limit
 * (none keeps the platform default).
 */
public record SettingsChange(
        @NotNull Boolean fourEyes,
        JsonNode defaultPolicy,
        @Min(1) @Max(100_000) Integer requestsPerSecond) {
}
