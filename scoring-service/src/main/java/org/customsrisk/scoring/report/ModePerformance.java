package org.customsrisk.scoring.report;

import java.math.BigDecimal;
import org.customsrisk.contracts.scoring.SelectionMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the inspections of declarations selected one way found.")
public record ModePerformance(SelectionMode selectionMode, long declarations, long inspected, long illicit,
        @Schema(description = "illicit / inspected; absent without inspections.") Double hitRate,
        BigDecimal revenueRecovered) {
}
