package org.customsrisk.scoring.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Hit rates per selection mode, and estimates that are not biased by the model's own choices. "
        + "Explored declarations were sent to RED with a known probability: weighing each inspected one by the "
        + "inverse of that probability estimates the illicit rate of every declaration the model did not select, and "
        + "of those it left GREEN (Hajek estimator). Absent without explored inspections.")
public record SelectionPerformance(
        List<ModePerformance> modes,
        @Schema(description = "Illicit rate among the model's own RED selections that were inspected.") Double modelPrecision,
        @Schema(description = "Estimated illicit rate among declarations the model did not send to RED.")
        Double estimatedIllicitRateNotSelected,
        @Schema(description = "Estimated illicit rate among declarations the model's bands left GREEN.")
        Double estimatedIllicitRateGreen,
        @Schema(description = "Inspected explored declarations the estimates rest on.") long exploredInspected) {
}
