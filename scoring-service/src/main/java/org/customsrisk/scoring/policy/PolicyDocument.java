package org.customsrisk.scoring.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The selectivity policy of an administration: how many declarations go to each channel, how "
        + "much of the inspection budget explores, and which criteria always select.")
public record PolicyDocument(
        @Schema(description = "Share of declarations to send to RED (physical inspection).", example = "0.05")
        @NotNull @DecimalMin("0") @DecimalMax("1") Double redRate,
        @Schema(description = "Share of declarations to send to YELLOW (documentary check).", example = "0.10")
        @NotNull @DecimalMin("0") @DecimalMax("1") Double yellowRate,
        @Schema(description = "Share of declarations to send to BLUE (post-clearance audit).", example = "0.15")
        @NotNull @DecimalMin("0") @DecimalMax("1") Double blueRate,
        @Schema(description = "Share of the RED budget chosen by exploration rather than by the model.", example = "0.1")
        @NotNull @DecimalMin("0") @DecimalMax("1") Double explorationShare,
        @NotNull ExplorationMode explorationMode,
        @Size(max = 1000) List<@Valid @NotNull MandatoryRule> mandatoryRules,
        @Schema(description = "Optional: physical inspections an office can do per day; model selections beyond it "
                + "go to YELLOW. Rules are never capped.", example = "{\"030\": 40}")
        Map<@Size(max = 32) String, @NotNull @Min(0) Integer> officeDailyCapacity) {

    @AssertTrue(message = "redRate + yellowRate + blueRate must not exceed 1")
    boolean isWithinOneHundredPercent() {
        return redRate == null || yellowRate == null || blueRate == null || redRate + yellowRate + blueRate <= 1.0;
    }

    public List<MandatoryRule> rules() {
        return mandatoryRules == null ? List.of() : mandatoryRules;
    }

    public Map<String, Integer> capacities() {
        return officeDailyCapacity == null ? Map.of() : officeDailyCapacity;
    }
}
