package org.customsrisk.feature.computation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The item prices observed in one price group, by acceptance date; the median of those before a date. */
public final class PriceTimeline {

    /** One goods item's price in the group, on its declaration's acceptance date. */
    public record Observation(LocalDate day, double price) {
    }

    public static final PriceTimeline EMPTY = new PriceTimeline(List.of());

    /** The median of the first {@code count} prices, as last computed. */
    private record Median(int count, double value) {
    }

    private final long[] days;
    private final double[] prices;
    private volatile Median lastMedian = new Median(0, Double.NaN);

    /** @param observations in ascending order of day */
    public PriceTimeline(List<Observation> observations) {
        days = new long[observations.size()];
        prices = new double[observations.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = observations.get(i).day().toEpochDay();
            prices[i] = observations.get(i).price();
            if (i > 0 && days[i] < days[i - 1]) {
                throw new IllegalArgumentException("price observations must be in ascending order of day");
            }
        }
    }

    /** How many prices were observed strictly before {@code date}. */
    public int countBefore(LocalDate date) {
        return Timelines.countBefore(days, date.toEpochDay());
    }

    /**
     * The median of the prices observed strictly before {@code date} (the mean of the two middle ones
     * for an even count), or NaN when there are none. The last one computed is kept: the online path
     * mostly asks for the same dates of a cached timeline again.
     */
    public double medianBefore(LocalDate date) {
        int count = countBefore(date);
        if (count == 0) {
            return Double.NaN;
        }
        Median last = lastMedian;
        if (last.count() == count) {
            return last.value();
        }
        double[] earlier = Arrays.copyOf(prices, count);
        Arrays.sort(earlier);
        int middle = count / 2;
        double median = count % 2 == 1 ? earlier[middle] : (earlier[middle - 1] + earlier[middle]) / 2;
        lastMedian = new Median(count, median);
        return median;
    }
}
