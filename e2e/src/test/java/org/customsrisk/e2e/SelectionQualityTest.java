package org.customsrisk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectionQualityTest {

    @Test
    void aucCountsRightlyOrderedPairsAndTopSharesCountTheInspected() {
        SelectionQuality quality = SelectionQuality.of(
                Map.of("A", 0.9, "B", 0.8, "C", 0.7, "D", 0.1),
                Map.of("A", true, "B", false, "C", true, "D", false));

        assertThat(quality.auc()).isCloseTo(0.75, within(1e-12));
        assertThat(quality.precisionAt5()).isEqualTo(1.0);
        assertThat(quality.recallAt5()).isEqualTo(0.5);
        assertThat(quality.frauds()).isEqualTo(2);
    }

    @Test
    void tiedScoresCountHalf() {
        SelectionQuality quality = SelectionQuality.of(
                Map.of("A", 0.5, "B", 0.5, "C", 0.5),
                Map.of("A", true, "B", false, "C", false));

        assertThat(quality.auc()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void topShareOfTwentyDeclarationsIsOneAtFiveAndTwoAtTenPercent() {
        Map<String, Double> scores = new java.util.HashMap<>();
        Map<String, Boolean> labels = new java.util.HashMap<>();
        for (int i = 0; i < 20; i++) {
            scores.put("D" + i, i / 20.0);
            labels.put("D" + i, i == 19 || i == 17);
        }

        SelectionQuality quality = SelectionQuality.of(scores, labels);

        assertThat(quality.precisionAt5()).isEqualTo(1.0);
        assertThat(quality.precisionAt10()).isEqualTo(0.5);
        assertThat(quality.recallAt10()).isEqualTo(0.5);
        assertThat(quality.auc()).isCloseTo((18.0 + 17.0) / 36.0, within(1e-12));
    }
}
