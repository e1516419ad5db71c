package org.customsrisk.scoring.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new version of the policy. basedOnVersion is the version the change was made from: if "
        + "another change came first, the request is refused (409) rather than silently overwriting it.")
public record PolicyChange(
        @Schema(example = "2") @NotNull @Min(0) Integer basedOnVersion,
        @NotNull @Valid PolicyDocument document,
        @Schema(example = "Raise exploration after the 2024 audit") @NotBlank @Size(max = 1000) String changeNote) {
}
