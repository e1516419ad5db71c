package org.customsrisk.scoring.policy;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A criterion that sends a declaration to RED whatever its score, during its validity.")
public record MandatoryRule(
        @Schema(description = "Short identifier, shown as the reason of the selection.", example = "arms-and-ammunition")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
        String id,
        @NotNull RuleKind kind,
        @Schema(description = "The HS prefixes, countries or trader ids the rule lists (not for CIF_VALUE_AT_LEAST).",
                example = "[\"93\"]")
        @Size(max = 10_000) List<@NotBlank @Size(max = 64) String> values,
        @Schema(description = "For CIF_VALUE_AT_LEAST: the value from which the rule applies.")
        @DecimalMin("0") BigDecimal threshold,
        @Schema(description = "First acceptance date the rule applies to; none means always.") LocalDate validFrom,
        @Schema(description = "Last acceptance date the rule applies to; none means always.") LocalDate validTo,
        @Schema(description = "Why the rule exists (legal basis, intelligence).", example = "Prohibited and restricted goods")
        @NotBlank @Size(max = 500) String rationale) {
}
