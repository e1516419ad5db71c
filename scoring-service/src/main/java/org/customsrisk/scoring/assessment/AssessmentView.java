package org.customsrisk.scoring.assessment;

import java.time.Instant;
import java.util.List;
import org.customsrisk.contracts.Channel;
import org.customsrisk.contracts.scoring.Reason;
import org.customsrisk.contracts.scoring.ScoredItem;
import org.customsrisk.contracts.scoring.SelectionMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The assessment of a declaration: its channel, what chose it, and why.")
public record AssessmentView(
        @Schema(example = "KR-2024-000123") String declarationId,
        @Schema(example = "1") int revision,
        Channel channel,
        SelectionMode selectionMode,
        @Schema(description = "Probability with which a declaration in its situation goes to RED (1 for rules and the "
                + "model's selections): the propensity unbiased estimates weigh inspections by.", example = "0.0053")
        double inspectionProbability,
        @Schema(description = "The channel the model's score bands gave, before exploration.") Channel modelChannel,
        @Schema(description = "Fraud probability of the declaration (its riskiest goods item); absent without a model.",
                example = "0.83") Double fraudProbability,
        List<ScoredItem> items,
        @Schema(description = "Mandatory rules that matched, and the features that raised the score most.")
        List<Reason> reasons,
        @Schema(example = "fraud") String modelName,
        @Schema(example = "4") Integer modelVersion,
        @Schema(description = "Score of the STAGING model on the same features (shadow); never used for the channel.")
        Shadow shadow,
        @Schema(example = "2") int policyVersion,
        @Schema(description = "True when no model answered (none deployed, or past the deadline): rules and random "
                + "selection only.") boolean fallback,
        String fallbackReason,
        Instant assessedAt) {

    public record Shadow(String modelName, Integer modelVersion, Double fraudProbability) {
    }

    static AssessmentView of(Assessment assessment) {
        Shadow shadow = assessment.shadowModelVersion == null ? null
                : new Shadow(assessment.shadowModelName, assessment.shadowModelVersion, assessment.shadowProbability);
        return new AssessmentView(assessment.declarationId, assessment.revision, assessment.channel,
                assessment.selectionMode, assessment.inspectionProbability, assessment.modelChannel,
                assessment.fraudProbability, assessment.items, assessment.reasons,
                assessment.modelName, assessment.modelVersion, shadow, assessment.policyVersion, assessment.fallback,
                assessment.fallbackReason, assessment.assessedAt);
    }
}
