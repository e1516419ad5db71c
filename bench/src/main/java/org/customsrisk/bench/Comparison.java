package org.customsrisk.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One pair of the benchmark: the platform and its baseline, measured in the same run on the same
 * machine, the ratio between them, and the goal that ratio is held to.
 *
 * @param unit what {@code platform} and {@code baseline} count, e.g. "rows/s"
 * @param ratio platform / baseline
 * @param goal the goal in words, e.g. "at least 30% of COPY"
 * @param met whether the ratio meets the goal
 * @param details further figures (percentiles, counts, settings), in display order
 */
record Comparison(String id, String title, String unit, double platform, String platformLabel, double baseline,
        String baselineLabel, double ratio, String goal, boolean met, Map<String, Object> details, String notes) {

    static Map<String, Object> newDetails() {
        return new LinkedHashMap<>();
    }
}
