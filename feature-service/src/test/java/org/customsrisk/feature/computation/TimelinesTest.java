package org.customsrisk.feature.computation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
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

    @Test
    void theMedianIsThatOfTheSortedPricesForAnyCountAndManyEqualPrices() {
        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 300; round++) {
            int size = 1 + random.nextInt(60);
            List<PriceTimeline.Observation> observations = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                observations.add(new PriceTimeline.Observation(DAY.plusDays(i), 1 + random.nextInt(round % 2 == 0 ? 4 : 1000)));
            }
            int count = 1 + random.nextInt(size);
            double[] sorted = observations.subList(0, count).stream().mapToDouble(PriceTimeline.Observation::price)
                    .sorted().toArray();
            double expected = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;

            assertThat(new PriceTimeline(observations).medianBefore(DAY.plusDays(count))).isEqualTo(expected);
        }
    }

    @Test
    void selectionReordersSoThatEverythingBeforeTheKthIsAtMostIt() {
        double[] values = { 5, 1, 4, 1, 5, 9, 2, 6, 5, 3 };
        double[] sorted = values.clone();
        Arrays.sort(sorted);

        for (int k = 0; k < values.length; k++) {
            double[] reordered = values.clone();
            assertThat(PriceTimeline.select(reordered, k)).isEqualTo(sorted[k]);
            for (int i = 0; i < k; i++) {
                assertThat(reordered[i]).isLessThanOrEqualTo(sorted[k]);
            }
        }
    }

    @Test
    void replacingPricesGivesTheTimelineOfTheNewObservationsOrNothingWhenARemovedOneIsMissing() {
        PriceTimeline prices = new PriceTimeline(List.of(
                new PriceTimeline.Observation(DAY, 10),
                new PriceTimeline.Observation(DAY.plusDays(2), 30)));

        PriceTimeline replaced = prices.replacing(List.of(new PriceTimeline.Observation(DAY, 10)),
                List.of(new PriceTimeline.Observation(DAY.plusDays(1), 50), new PriceTimeline.Observation(DAY, 70)))
                .orElseThrow();

        assertThat(replaced.countBefore(DAY.plusDays(9))).isEqualTo(3);
        assertThat(replaced.medianBefore(DAY.plusDays(1))).isEqualTo(70.0);
        assertThat(replaced.medianBefore(DAY.plusDays(2))).isEqualTo(60.0);
        assertThat(replaced.medianBefore(DAY.plusDays(3))).isEqualTo(50.0);
        assertThat(prices.replacing(List.of(new PriceTimeline.Observation(DAY, 11)), List.of())).isEmpty();
        assertThat(prices.medianBefore(DAY.plusDays(3))).isEqualTo(20.0);
    }

    @Test
    void addedLabelBucketsAreSummedPerDayAndATakenBackResultIsGone() {
        LabelTimeline labels = new LabelTimeline(List.of(
                new LabelTimeline.DayBucket(DAY, 2, 1, 0),
                new LabelTimeline.DayBucket(DAY.plusDays(2), 1, 1, 1)));

        LabelTimeline changed = labels.plus(List.of(
                new LabelTimeline.DayBucket(DAY.plusDays(2), -1, -1, -1),
                new LabelTimeline.DayBucket(DAY.plusDays(1), 1, 0, 0),
                new LabelTimeline.DayBucket(DAY, 1, 1, 1)));

        assertThat(changed.before(DAY.plusDays(1))).isEqualTo(new LabelStats(3, 2, 1));
        assertThat(changed.before(DAY.plusDays(9))).isEqualTo(new LabelStats(4, 2, 1));
        assertThat(labels.before(DAY.plusDays(9))).isEqualTo(new LabelStats(3, 2, 1));
    }

    @Test
    void lodgementsMovedFromOneDayToAnotherAreCountedOnTheNewDay() {
        LodgementTimeline lodged = new LodgementTimeline(List.of(
                new LodgementTimeline.DayCount(DAY, 2),
                new LodgementTimeline.DayCount(DAY.plusDays(5), 1)));

        LodgementTimeline moved = lodged.plus(List.of(new LodgementTimeline.DayCount(DAY.plusDays(5), -1),
                new LodgementTimeline.DayCount(DAY.plusDays(1), 1)));

        assertThat(moved.before(DAY.plusDays(2))).isEqualTo(3);
        assertThat(moved.between(DAY.plusDays(2), DAY.plusDays(9))).isZero();
        assertThat(lodged.between(DAY.plusDays(2), DAY.plusDays(9))).isEqualTo(1);
    }
}
