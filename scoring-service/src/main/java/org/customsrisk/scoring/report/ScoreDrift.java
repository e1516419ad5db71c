package org.customsrisk.scoring.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Population stability index of the PRODUCTION model's recent scores against its first scores in "
        + "production (below 0.1: stable; 0.1 to 0.25: drifting; above: retrain). The deciles of the baseline are the bins.")
public record ScoreDrift(String modelName, int modelVersion, long baselineScores, long recentScores,
        @Schema(example = "0.04") Double psi) {
}
