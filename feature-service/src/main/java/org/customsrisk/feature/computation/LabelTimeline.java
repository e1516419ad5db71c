package org.customsrisk.feature.computation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The inspection results of one profile as per-day buckets (by inspection date) with running sums,
 * so that the state before any date is one binary search.
 */
public final class LabelTimeline {

    /** The results of one profile inspected on one day. */
    public record DayBucket(LocalDate day, int inspected, int illicit, int withRevenue) {
    }

    public static final LabelTimeline EMPTY = new LabelTimeline(List.of());

    private final long[] days;
    private final int[] inspected;
    private final int[] illicit;
    private final int[] withRevenue;

    /** @param buckets one per day, in ascending order of day */
    public LabelTimeline(List<DayBucket> buckets) {
        int size = buckets.size();
        days = new long[size];
        inspected = new int[size];
        illicit = new int[size];
        withRevenue = new int[size];
        for (int i = 0; i < size; i++) {
            DayBucket bucket = buckets.get(i);
            days[i] = bucket.day().toEpochDay();
            if (i > 0 && days[i] <= days[i - 1]) {
                throw new IllegalArgumentException("day buckets must be distinct and ascending");
            }
            inspected[i] = bucket.inspected() + (i > 0 ? inspected[i - 1] : 0);
            illicit[i] = bucket.illicit() + (i > 0 ? illicit[i - 1] : 0);
            withRevenue[i] = bucket.withRevenue() + (i > 0 ? withRevenue[i - 1] : 0);
        }
    }

    /**
     * This timeline with {@code changes} added to the buckets of their days. A change may be negative
     * (a result taken back); a day whose counts come to nothing is dropped.
     */
    public LabelTimeline plus(List<DayBucket> changes) {
        TreeMap<Long, int[]> byDay = new TreeMap<>();
        for (int i = 0; i < days.length; i++) {
            byDay.put(days[i], new int[] { inspected[i] - (i > 0 ? inspected[i - 1] : 0),
                    illicit[i] - (i > 0 ? illicit[i - 1] : 0), withRevenue[i] - (i > 0 ? withRevenue[i - 1] : 0) });
        }
        for (DayBucket change : changes) {
            int[] counts = byDay.computeIfAbsent(change.day().toEpochDay(), day -> new int[3]);
            counts[0] += change.inspected();
            counts[1] += change.illicit();
            counts[2] += change.withRevenue();
        }
        List<DayBucket> buckets = new ArrayList<>(byDay.size());
        byDay.forEach((day, counts) -> {
            if (counts[0] != 0 || counts[1] != 0 || counts[2] != 0) {
                buckets.add(new DayBucket(LocalDate.ofEpochDay(day), counts[0], counts[1], counts[2]));
            }
        });
        return new LabelTimeline(buckets);
    }

    /** The sums over every inspection dated strictly before {@code date}. */
    public LabelStats before(LocalDate date) {
        int count = Timelines.countBefore(days, date.toEpochDay());
        return count == 0 ? LabelStats.NONE
                : new LabelStats(inspected[count - 1], illicit[count - 1], withRevenue[count - 1]);
    }
}
