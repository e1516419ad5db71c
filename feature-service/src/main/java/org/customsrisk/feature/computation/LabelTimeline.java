package org.customsrisk.feature.computation;

import java.time.LocalDate;
import java.util.List;

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

    /** The sums over every inspection dated strictly before {@code date}. */
    public LabelStats before(LocalDate date) {
        int count = Timelines.countBefore(days, date.toEpochDay());
        return count == 0 ? LabelStats.NONE
                : new LabelStats(inspected[count - 1], illicit[count - 1], withRevenue[count - 1]);
    }
}
