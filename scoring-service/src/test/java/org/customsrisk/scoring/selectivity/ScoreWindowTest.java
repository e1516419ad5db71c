package org.customsrisk.scoring.selectivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreWindowTest {

    @Test
    void quantileOfAFullWindowIsTheOrderStatistic() {
        ScoreWindow window = new ScoreWindow(1000);
        for (int i = 999; i >= 0; i--) {
            window.add(i / 1000.0);
        }

        assertThat(window.quantile(0.95)).isEqualTo(0.95);
        assertThat(window.quantile(0.0)).isEqualTo(0.0);
        assertThat(window.quantile(1.0)).isEqualTo(0.999);
    }

    @Test
    void oldScoresLeaveTheWindow() {
        ScoreWindow window = new ScoreWindow(100);
        for (int i = 0; i < 100; i++) {
            window.add(0.9);
        }
        for (int i = 0; i < 100; i++) {
            window.add(0.1);
        }

        assertThat(window.size()).isEqualTo(100);
        assertThat(window.quantile(0.99)).isEqualTo(0.1);
        assertThat(window.meanUncertainty()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void anEmptyWindowHasNoQuantile() {
        assertThat(new ScoreWindow(10).quantile(0.5)).isNaN();
    }
}
