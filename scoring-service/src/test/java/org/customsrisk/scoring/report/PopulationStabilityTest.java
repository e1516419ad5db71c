package org.customsrisk.scoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PopulationStabilityTest {

    @Test
    void samplesOfTheSameDistributionAreStable() {
        SplittableRandom random = new SplittableRandom(1);

        double psi = PopulationStability.index(sample(random, 0.0, 5000), sample(random, 0.0, 5000));

        assertThat(psi).isLessThan(0.02);
    }

    @Test
    void aShiftedDistributionIsReportedAsDrift() {
        SplittableRandom random = new SplittableRandom(2);

        double psi = PopulationStability.index(sample(random, 0.0, 5000), sample(random, 0.3, 5000));

        assertThat(psi).isGreaterThan(0.25);
    }

    @Test
    void allRecentScoresInOneDecileGiveTheTextbookValue() {
        double[] baseline = new double[1000];
        for (int i = 0; i < baseline.length; i++) {
            baseline[i] = i / 1000.0;
        }
        double[] recent = new double[100];
        Arrays.fill(recent, 0.05);

        double expected = 9 * (1e-4 - 0.1) * Math.log(1e-4 / 0.1) + (1.0 - 0.1) * Math.log(1.0 / 0.1);
        assertThat(PopulationStability.index(baseline, recent)).isCloseTo(expected, within(1e-9));
    }

    private static double[] sample(SplittableRandom random, double shift, int size) {
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = Math.min(1.0, Math.pow(random.nextDouble(), 2) + shift);
        }
        Arrays.sort(values);
        return values;
    }
}
