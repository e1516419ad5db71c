package org.customsrisk.feature.history;

import java.util.Arrays;

/**
 * What a PostgreSQL statement saw: the snapshot of {@code pg_current_snapshot()} taken by the same
 * statement that read a timeline. It answers whether a transaction that has committed since is
 * already part of what was read.
 */
public final class PgSnapshot {

    private final long xmin;
    private final long xmax;
    private final long[] inProgress;

    private PgSnapshot(long xmin, long xmax, long[] inProgress) {
        this.xmin = xmin;
        this.xmax = xmax;
        this.inProgress = inProgress;
    }

    /** Reads the text form {@code xmin:xmax:xip,...} of a {@code pg_snapshot}. */
    public static PgSnapshot parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a pg_snapshot: " + text);
        }
        long[] inProgress = parts[2].isEmpty() ? new long[0]
                : Arrays.stream(parts[2].split(",")).mapToLong(Long::parseLong).sorted().toArray();
        return new PgSnapshot(Long.parseLong(parts[0]), Long.parseLong(parts[1]), inProgress);
    }

    /** Whether the committed transaction {@code xid} had committed when this snapshot was taken. */
    public boolean includes(long xid) {
        if (xid < xmin) {
            return true;
        }
        return xid < xmax && Arrays.binarySearch(inProgress, xid) < 0;
    }

    @Override
    public String toString() {
        return xmin + ":" + xmax + ":" + Arrays.toString(inProgress);
    }
}
