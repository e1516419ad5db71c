package org.customsrisk.scoring.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.customsrisk.contracts.feature.ItemFeatures;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.contracts.scoring.Reason;
import org.customsrisk.contracts.scoring.ScoredItem;
import org.customsrisk.models.runtime.ScoringModel;
import org.customsrisk.scoring.deployment.DeployedModels;
import org.customsrisk.scoring.deployment.Deployment;
import org.customsrisk.scoring.deployment.ModelLease;

/**
 * Scores the goods items of a declaration with the tenant's model of a stage. The declaration's
 * probability is that of its riskiest item; its reasons are that item's features with the largest
 * contributions to the margin (XGBoost's per-feature contributions, which sum with the bias to it).
 */
@ApplicationScoped
public class ModelScorer {

    static final int REASONS = 5;

    private final DeployedModels models;

    ModelScorer(DeployedModels models) {
        this.models = models;
    }

    ModelScore score(String tenant, ModelStage stage, FeatureVectors features, boolean explain) {
        Optional<ModelLease> lease = models.lease(tenant, stage);
        if (lease.isEmpty()) {
            return ModelScore.unavailable("no " + stage + " model is deployed");
        }
        try (ModelLease held = lease.get()) {
            Deployment deployment = held.loaded().deployment();
            if (deployment.featureSchemaVersion != features.schemaVersion()) {
                return ModelScore.unavailable("the features follow schema version " + features.schemaVersion()
                        + ", the model " + deployment.modelName + " version " + deployment.modelVersion + " expects "
                        + deployment.featureSchemaVersion);
            }
            ScoringModel model = held.loaded().model();
            int width = deployment.featureNames.size();
            List<ItemFeatures> items = features.items();
            float[] rows = new float[items.size() * width];
            for (int row = 0; row < items.size(); row++) {
                List<Double> values = items.get(row).values();
                if (values.size() != width) {
                    return ModelScore.unavailable("item " + items.get(row).itemNumber() + " has " + values.size()
                            + " features, the model takes " + width);
                }
                for (int column = 0; column < width; column++) {
                    Double value = values.get(column);
                    rows[row * width + column] = value == null ? Float.NaN : value.floatValue();
                }
            }
            float[] scores = model.score(rows, items.size());
            List<ScoredItem> scored = new ArrayList<>(items.size());
            int riskiest = 0;
            for (int row = 0; row < items.size(); row++) {
                scored.add(new ScoredItem(items.get(row).itemNumber(), scores[row]));
                if (scores[row] > scores[riskiest]) {
                    riskiest = row;
                }
            }
            List<Reason> reasons = explain ? reasons(model, deployment.featureNames, rows, riskiest, width) : List.of();
            return new ModelScore(deployment.modelName, deployment.modelVersion, (double) scores[riskiest], scored,
                    reasons, null);
        }
    }

    private static List<Reason> reasons(ScoringModel model, List<String> names, float[] rows, int row, int width) {
        float[] one = new float[width];
        System.arraycopy(rows, row * width, one, 0, width);
        return model.contributions(one, 1)
                .map(contributions -> {
                    List<Reason> reasons = new ArrayList<>();
                    for (int feature = 0; feature < width; feature++) {
                        if (contributions[0][feature] > 0) {
                            reasons.add(new Reason(names.get(feature), null, contributions[0][feature], null));
                        }
                    }
                    reasons.sort(Comparator.comparingDouble(Reason::contribution).reversed());
                    return List.copyOf(reasons.subList(0, Math.min(REASONS, reasons.size())));
                })
                .orElse(List.of());
    }
}
