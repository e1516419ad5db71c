package org.customsrisk.bench;

/**
 * The arrival schedule of open-loop load: request {@code i} is due {@code i / rate} seconds after
 * the start, whatever became of the requests before it. Latency is measured from the due time, so
 * a stalled server is charged for every request it kept waiting (no coordinated omission).
 */
record Schedule(double requestsPerSecond, long durationNanos) {

    Schedule {
        if (!(requestsPerSecond > 0) || durationNanos <= 0) {
            throw new IllegalArgumentException("a schedule needs a positive rate and duration");
        }
    }

    static Schedule of(double requestsPerSecond, double seconds) {
        return new Schedule(requestsPerSecond, Math.round(seconds * 1e9));
    }

    /** How many requests the schedule sends. */
    long requests() {
        return (long) Math.floor(durationNanos / 1e9 * requestsPerSecond);
    }

    /** When request {@code index} is due, in nanoseconds after the start. */
    long dueNanos(long index) {
        return Math.round(index * 1e9 / requestsPerSecond);
    }
}
