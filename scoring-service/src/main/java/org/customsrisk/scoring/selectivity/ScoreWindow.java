package org.customsrisk.scoring.selectivity;

import java.util.Arrays;

/**
 * The most recent model scores of a tenant, a sliding window from which the channel thresholds are
 * read as quantiles: the RED threshold is the score above which the target share of recent
 * declarations lies, so the realised rate follows the target as scores drift. The sorted copy is
 * refreshed after every 1% of the window has changed, which keeps a lookup cheap and the quantile
 * within a fraction of a percent of the exact one.
 */
public final class ScoreWindow {

    private final double[] ring;
    private int next;
    private int size;
    private double[] sorted = new double[0];
    private int changesSinceSort;
    private double uncertaintySum;

    public ScoreWindow(int capacity) {
        this.ring = new double[capacity];
    }

    public synchronized void add(double score) {
        if (size == ring.length) {
            uncertaintySum -= uncertainty(ring[next]);
        } else {
            size++;
        }
        ring[next] = score;
        uncertaintySum += uncertainty(score);
        next = (next + 1) % ring.length;
        changesSinceSort++;
    }

    public synchronized int size() {
        return size;
    }

    /** The q-quantile of the window (0 <= q <= 1), NaN while it is empty. */
    public synchronized double quantile(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        if (sorted.length != size || changesSinceSort > Math.max(1, ring.length / 100)) {
            sorted = Arrays.copyOf(ring, size);
            Arrays.sort(sorted);
            changesSinceSort = 0;
        }
        int index = (int) Math.floor(q * size);
        return sorted[Math.min(size - 1, Math.max(0, index))];
    }

    /** Mean of 1 - |2p - 1| over the window: how unsure the model is on average (1 = coin toss). */
    public synchronized double meanUncertainty() {
        return size == 0 ? 1.0 : uncertaintySum / size;
    }

    static double uncertainty(double score) {
        return 1.0 - Math.abs(2.0 * score - 1.0);
    }
}
