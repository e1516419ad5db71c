package org.customsrisk.model.registry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** A model to register. Its name appears in artifact keys, hence the restricted alphabet. */
public record NewModel(
        @NotNull @Pattern(regexp = ModelNames.PATTERN, message = ModelNames.RULE) String name,
        @Size(max = 2000) String description,
        Map<@Size(max = 64) String, @Size(max = 256) String> tags) {
}
