package org.customsrisk.feature.computation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /**
     * This timeline without the {@code removed} observations (one for each) and with the {@code added}
     * ones, or empty when one of the removed is not in it.
     */
    public Optional<PriceTimeline> replacing(List<Observation> removed, List<Observation> added) {
        List<Observation> observations = new ArrayList<>(days.length + added.size());
        for (int i = 0; i < days.length; i++) {
            observations.add(new Observation(LocalDate.ofEpochDay(days[i]), prices[i]));
        }
        for (Observation observation : removed) {
            if (!observations.remove(observation)) {
                return Optional.empty();
            }
        }
        observations.addAll(added);
        observations.sort(Comparator.comparing(Observation::day));
        return Optional.of(new PriceTimeline(observations));
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
        int middle = count / 2;
        double upper = select(earlier, middle);
        double median = count % 2 == 1 ? upper : (largest(earlier, middle) + upper) / 2;
        lastMedian = new Median(count, median);
        return median;
    }

    /**
     * The {@code k}-th smallest of {@code values} (Hoare's selection, linear on average). The array is
     * reordered so that every value before index {@code k} is at most the result.
     */
    static double select(double[] values, int k) {
        int low = 0;
        int high = values.length - 1;
        while (low < high) {
            double pivot = values[(low + high) >>> 1];
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swapped = values[i];
                    values[i] = values[j];
                    values[j] = swapped;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static double largest(double[] values, int count) {
        double largest = values[0];
        for (int i = 1; i < count; i++) {
            largest = Math.max(largest, values[i]);
        }
        return largest;
    }
}
