package org.customsrisk.e2e;

import java.util.Arrays;
import java.util.Map;
import org.customsrisk.models.evaluation.CustomsMetrics;

/**
 * How well fraud probabilities rank declarations against labels the platform never saw, as
 * model-service judges its own validation set (CustomsMetrics): the area under the ROC curve, and
 * precision and recall when the top 5% and 10% of declarations by score are inspected.
 */
record SelectionQuality(int declarations, int frauds, double auc, double precisionAt5, double recallAt5,
        double precisionAt10, double recallAt10) {

    @SuppressWarnings("unchecked")
    static SelectionQuality of(Map<String, Double> scores, Map<String, Boolean> labels) {
        float[] probabilities = new float[scores.size()];
        float[] frauds = new float[scores.size()];
        double[] noRevenue = new double[scores.size()];
        Arrays.fill(noRevenue, Double.NaN);
        int row = 0;
        for (Map.Entry<String, Double> score : scores.entrySet()) {
            probabilities[row] = score.getValue().floatValue();
            frauds[row] = labels.get(score.getKey()) ? 1 : 0;
            row++;
        }
        Map<String, Object> metrics = CustomsMetrics.of(probabilities, frauds, noRevenue);
        Map<String, Double> precision = (Map<String, Double>) metrics.get("precisionAt");
        Map<String, Double> recall = (Map<String, Double>) metrics.get("recallAt");
        Double auc = (Double) metrics.get("auc");
        return new SelectionQuality((int) metrics.get("rows"), (int) metrics.get("illicit"),
                auc == null ? Double.NaN : auc, orZero(precision.get("5")), orZero(recall.get("5")),
                orZero(precision.get("10")), orZero(recall.get("10")));
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
