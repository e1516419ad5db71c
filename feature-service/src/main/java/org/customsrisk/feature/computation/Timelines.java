package org.customsrisk.feature.computation;

/** Binary search over ascending epoch days. */
final class Timelines {

    private Timelines() {
    }

    /** How many of the ascending {@code days} are strictly before {@code day}. */
    static int countBefore(long[] days, long day) {
        int low = 0;
        int high = days.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (days[middle] < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
