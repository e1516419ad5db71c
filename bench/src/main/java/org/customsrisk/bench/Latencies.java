package org.customsrisk.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Percentiles of a latency histogram recorded in microseconds, in milliseconds. */
record Latencies(long count, double p50, double p99, double p999, double max) {

    /** Microseconds up to a minute, three significant digits, recorded from any thread. */
    static Histogram newHistogram() {
        return new ConcurrentHistogram(60_000_000L, 3);
    }

    static Latencies of(Histogram microseconds) {
        if (microseconds.getTotalCount() == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latencies(microseconds.getTotalCount(), millis(microseconds.getValueAtPercentile(50)),
                millis(microseconds.getValueAtPercentile(99)), millis(microseconds.getValueAtPercentile(99.9)),
                millis(microseconds.getMaxValue()));
    }

    private static double millis(long microseconds) {
        return microseconds / 1000.0;
    }
}
