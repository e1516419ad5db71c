package org.customsrisk.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomsMetricsTest {

    @Test
    void aucCountsTiesAsHalf() {
        assertThat(CustomsMetrics.auc(new float[] { 0.9f, 0.8f, 0.3f, 0.1f }, new float[] { 1, 1, 0, 0 })).isEqualTo(1.0);
        assertThat(CustomsMetrics.auc(new float[] { 0.1f, 0.2f, 0.3f, 0.4f }, new float[] { 1, 1, 0, 0 })).isEqualTo(0.0);
        assertThat(CustomsMetrics.auc(new float[] { 0.5f, 0.5f }, new float[] { 1, 0 })).isEqualTo(0.5);
        assertThat(CustomsMetrics.auc(new float[] { 0.5f, 0.7f }, new float[] { 0, 0 })).isNull();
    }

    @Test
    void inspectingTheTopShareCatchesWhatItCatches() {
        int rows = 100;
        float[] scores = new float[rows];
        float[] labels = new float[rows];
        double[] revenue = new double[rows];
        for (int row = 0; row < rows; row++) {
            scores[row] = rows - row;
            labels[row] = row % 2 == 0 && row < 20 ? 1 : 0;
            revenue[row] = labels[row] == 1 ? 10 : Double.NaN;
        }

        Map<String, Object> metrics = CustomsMetrics.of(scores, labels, revenue);

        assertThat(metrics).containsEntry("rows", 100).containsEntry("illicit", 10);
        assertThat((Map<String, Object>) metrics.get("precisionAt")).containsEntry("1", 1.0).containsEntry("2", 0.5)
                .containsEntry("10", 0.5);
        assertThat((Double) ((Map<?, ?>) metrics.get("recallAt")).get("10")).isCloseTo(0.5, within(1e-12));
        assertThat((Double) ((Map<?, ?>) metrics.get("revenueAt")).get("5")).isCloseTo(0.3, within(1e-12));
    }
}
