package org.customsrisk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesInMillisecondsFromMicroseconds() {
        Histogram histogram = Latencies.newHistogram();
        for (int value = 1; value <= 1000; value++) {
            histogram.recordValue(value * 1000L);
        }

        Latencies latencies = Latencies.of(histogram);

        assertThat(latencies.count()).isEqualTo(1000);
        assertThat(latencies.p50()).isCloseTo(500, within(1.0));
        assertThat(latencies.p99()).isCloseTo(990, within(1.0));
        assertThat(latencies.p999()).isCloseTo(999, within(1.0));
        assertThat(latencies.max()).isCloseTo(1000, within(1.0));
    }

    @Test
    void aTailOfOnePercentShowsInP99ButNotInP50() {
        Histogram histogram = Latencies.newHistogram();
        histogram.recordValueWithCount(2_000, 980);
        histogram.recordValueWithCount(800_000, 20);

        Latencies latencies = Latencies.of(histogram);

        assertThat(latencies.p50()).isCloseTo(2, within(0.01));
        assertThat(latencies.p99()).isCloseTo(800, within(1.0));
    }

    @Test
    void noSuccessesNoPercentiles() {
        assertThat(Latencies.of(Latencies.newHistogram()).p99()).isNaN();
    }
}
