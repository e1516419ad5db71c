package org.customsrisk.models.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Objects;
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

        CustomsMetrics metrics = CustomsMetrics.of(scores, labels, revenue);

        assertThat(metrics.rows()).isEqualTo(100);
        assertThat(metrics.illicit()).isEqualTo(10);
        assertThat(metrics.precisionAt()).containsEntry("1", 1.0).containsEntry("2", 0.5).containsEntry("10", 0.5);
        assertThat(metrics.recallAt(10)).isCloseTo(0.5, within(1e-12));
        assertThat(metrics.revenueAt().get("5")).isCloseTo(0.3, within(1e-12));
        assertThat(metrics.asMap()).containsOnlyKeys("auc", "rows", "illicit", "precisionAt", "recallAt", "revenueAt")
                .containsEntry("illicit", 10);
    }

    @Test
    void labelsWithoutRevenueLeaveTheRevenueSharesUndefined() {
        CustomsMetrics metrics = CustomsMetrics.of(new float[] { 0.9f, 0.2f, 0.1f }, new float[] { 1, 0, 0 });

        assertThat(metrics.revenueAt()).containsOnlyKeys("1", "2", "5", "10");
        assertThat(metrics.revenueAt().values()).allMatch(Objects::isNull);
        assertThat(metrics.precisionAt(1)).isEqualTo(1.0);
        assertThat(metrics.auc()).isEqualTo(1.0);
    }

    @Test
    void noIllicitRowLeavesRecallAndAucUndefined() {
        CustomsMetrics metrics = CustomsMetrics.of(new float[] { 0.9f, 0.2f }, new float[] { 0, 0 });

        assertThat(metrics.auc()).isNull();
        assertThat(metrics.recallAt(5)).isNull();
        assertThat(metrics.precisionAt(5)).isEqualTo(0.0);
    }
}
