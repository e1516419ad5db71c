package org.customsrisk.scoring.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A policy a platform administrator sets for a tenant, e.g. its starting policy at onboarding.")
public record TenantPolicySetting(
        @NotNull @Valid PolicyDocument document,
        @Schema(example = "Starting policy of the administration") @NotBlank @Size(max = 1000) String changeNote) {
}
