package org.customsrisk.model.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

public record PromotionSubmission(@NotNull @Positive Integer version, @NotBlank @Size(max = 2000) String reason) {
}
