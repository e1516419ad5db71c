package org.customsrisk.model.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record GovernanceSetting(@NotNull Boolean fourEyes, @NotBlank @Size(max = 2000) String reason) {
}
