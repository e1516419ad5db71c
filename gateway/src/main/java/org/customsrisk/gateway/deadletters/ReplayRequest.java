package org.customsrisk.gateway.deadletters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many messages, from the head of the queue, to send back. */
public record ReplayRequest(@NotNull @Min(1) @Max(10_000) Integer limit) {
}
