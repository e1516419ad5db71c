package org.customsrisk.e2e;

import java.util.Map;
import org.customsrisk.models.evaluation.CustomsMetrics;

/**
 * How well fraud probabilities rank declarations against labels the platform never saw, as
 * model-service judges its own validation set (CustomsMetrics): the area under the ROC curve, and
 * precision and recall when the top 5% and 10% of declarations by score are inspected.
 */
record SelectionQuality(int declarations, int frauds, double auc, double precisionAt5, double recallAt5,
        double precisionAt10, double recallAt10) {

    static SelectionQuality of(Map<String, Double> scores, Map<String, Boolean> labels) {
        float[] probabilities = new float[scores.size()];
        float[] frauds = new float[scores.size()];
        int row = 0;
        for (Map.Entry<String, Double> score : scores.entrySet()) {
            probabilities[row] = score.getValue().floatValue();
            frauds[row] = labels.get(score.getKey()) ? 1 : 0;
            row++;
        }
        CustomsMetrics metrics = CustomsMetrics.of(probabilities, frauds);
        return new SelectionQuality(metrics.rows(), metrics.illicit(), metrics.auc() == null ? Double.NaN : metrics.auc(),
                orZero(metrics.precisionAt(5)), orZero(metrics.recallAt(5)), orZero(metrics.precisionAt(10)),
                orZero(metrics.recallAt(10)));
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
