package org.customsrisk.feature.computation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The declarations one importer lodged, counted per acceptance date, with running sums. */
public final class LodgementTimeline {

    /** The declarations of one importer accepted on one day. */
    public record DayCount(LocalDate day, int declarations) {
    }

    public static final LodgementTimeline EMPTY = new LodgementTimeline(List.of());

    private final long[] days;
    private final int[] cumulative;

    /** @param counts one per day, in ascending order of day */
    public LodgementTimeline(List<DayCount> counts) {
        days = new long[counts.size()];
        cumulative = new int[counts.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = counts.get(i).day().toEpochDay();
            if (i > 0 && days[i] <= days[i - 1]) {
                throw new IllegalArgumentException("day counts must be distinct and ascending");
            }
            cumulative[i] = counts.get(i).declarations() + (i > 0 ? cumulative[i - 1] : 0);
        }
    }

    /**
     * This timeline with {@code changes} added to the counts of their days. A change may be negative
     * (a revision that moved the declaration); a day whose count comes to nothing is dropped.
     */
    public LodgementTimeline plus(List<DayCount> changes) {
        TreeMap<Long, Integer> byDay = new TreeMap<>();
        for (int i = 0; i < days.length; i++) {
            byDay.put(days[i], cumulative[i] - (i > 0 ? cumulative[i - 1] : 0));
        }
        changes.forEach(change -> byDay.merge(change.day().toEpochDay(), change.declarations(), Integer::sum));
        List<DayCount> counts = new ArrayList<>(byDay.size());
        byDay.forEach((day, count) -> {
            if (count != 0) {
                counts.add(new DayCount(LocalDate.ofEpochDay(day), count));
            }
        });
        return new LodgementTimeline(counts);
    }

    /** Declarations accepted on or after {@code from} and strictly before {@code to}. */
    public int between(LocalDate from, LocalDate to) {
        return sumBefore(to) - sumBefore(from);
    }

    public int before(LocalDate date) {
        return sumBefore(date);
    }

    private int sumBefore(LocalDate date) {
        int count = Timelines.countBefore(days, date.toEpochDay());
        return count == 0 ? 0 : cumulative[count - 1];
    }
}
