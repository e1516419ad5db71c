package org.customsrisk.feature.computation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelinesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void theMedianIsOfThePricesStrictlyBeforeTheDateWhicheverDatesAreAskedInWhicheverOrder() {
        PriceTimeline prices = new PriceTimeline(List.of(
                new PriceTimeline.Observation(DAY, 10),
                new PriceTimeline.Observation(DAY.plusDays(1), 40),
                new PriceTimeline.Observation(DAY.plusDays(1), 20),
                new PriceTimeline.Observation(DAY.plusDays(3), 1)));

        assertThat(prices.medianBefore(DAY)).isNaN();
        assertThat(prices.medianBefore(DAY.plusDays(5))).isEqualTo(15.0);
        assertThat(prices.medianBefore(DAY.plusDays(2))).isEqualTo(20.0);
        assertThat(prices.medianBefore(DAY.plusDays(1))).isEqualTo(10.0);
        assertThat(prices.medianBefore(DAY.plusDays(4))).isEqualTo(15.0);
        assertThat(prices.medianBefore(DAY.minusDays(1))).isNaN();
        assertThat(prices.countBefore(DAY.plusDays(2))).isEqualTo(3);
    }

    @Test
    void labelSumsAreThoseOfTheDaysStrictlyBefore() {
        LabelTimeline labels = new LabelTimeline(List.of(
                new LabelTimeline.DayBucket(DAY, 2, 1, 0),
                new LabelTimeline.DayBucket(DAY.plusDays(2), 3, 2, 1)));

        assertThat(labels.before(DAY)).isEqualTo(LabelStats.NONE);
        assertThat(labels.before(DAY.plusDays(2))).isEqualTo(new LabelStats(2, 1, 0));
        assertThat(labels.before(DAY.plusDays(9))).isEqualTo(new LabelStats(5, 3, 1));
    }
}
