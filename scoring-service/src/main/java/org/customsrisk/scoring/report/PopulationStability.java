package org.customsrisk.scoring.report;

import java.util.Arrays;

/** The population stability index of two score samples, binned by the deciles of the first. */
final class PopulationStability {

    private static final int BINS = 10;
    private static final double FLOOR = 1e-4;

    private PopulationStability() {
    }

    /** Both samples sorted ascending. */
    static double index(double[] expected, double[] actual) {
        double[] edges = new double[BINS - 1];
        for (int bin = 1; bin < BINS; bin++) {
            edges[bin - 1] = expected[(int) Math.floor(bin * expected.length / (double) BINS)];
        }
        double[] expectedShares = shares(expected, edges);
        double[] actualShares = shares(actual, edges);
        double psi = 0;
        for (int bin = 0; bin < BINS; bin++) {
            double e = Math.max(FLOOR, expectedShares[bin]);
            double a = Math.max(FLOOR, actualShares[bin]);
            psi += (a - e) * Math.log(a / e);
        }
        return psi;
    }

    private static double[] shares(double[] sample, double[] edges) {
        double[] counts = new double[BINS];
        for (double value : sample) {
            int bin = Arrays.binarySearch(edges, value);
            counts[bin >= 0 ? bin + 1 : -bin - 1]++;
        }
        for (int bin = 0; bin < BINS; bin++) {
            counts[bin] /= sample.length;
        }
        return counts;
    }
}
