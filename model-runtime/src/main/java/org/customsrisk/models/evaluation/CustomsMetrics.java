package org.customsrisk.models.evaluation;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How a model would have served an inspection budget: AUC, and for the top n% of declarations by
 * score (n = 1, 2, 5, 10) the share of them that were illicit (precision), the share of all illicit
 * ones they catch (recall) and the share of the recovered revenue they catch (where labels carry it).
 * The maps are keyed by the rate as text ("5"), as the registry stores them; a value is null where
 * the share is undefined (no row inspected, no illicit row, no revenue).
 *
 * @param auc null unless both illicit and compliant rows are present
 */
public record CustomsMetrics(Double auc, int rows, int illicit, Map<String, Double> precisionAt,
        Map<String, Double> recallAt, Map<String, Double> revenueAt) {

    public static final List<Integer> INSPECTION_RATES = List.of(1, 2, 5, 10);

    /** The metrics of labels that carry no revenue: {@link #revenueAt} holds only nulls. */
    public static CustomsMetrics of(float[] scores, float[] labels) {
        double[] noRevenue = new double[scores.length];
        Arrays.fill(noRevenue, Double.NaN);
        return of(scores, labels, noRevenue);
    }

    /**
     * @param revenue the revenue recovered per row; NaN where the label has none
     */
    public static CustomsMetrics of(float[] scores, float[] labels, double[] revenue) {
        int rows = scores.length;
        Integer[] byScore = IntStream.range(0, rows).boxed().toArray(Integer[]::new);
        Arrays.sort(byScore, Comparator.comparingDouble((Integer row) -> scores[row]).reversed());
        double illicit = 0;
        double totalRevenue = 0;
        boolean anyRevenue = false;
        for (int row = 0; row < rows; row++) {
            illicit += labels[row];
            if (!Double.isNaN(revenue[row])) {
                anyRevenue = true;
                totalRevenue += revenue[row];
            }
        }
        Map<String, Double> precision = new LinkedHashMap<>();
        Map<String, Double> recall = new LinkedHashMap<>();
        Map<String, Double> revenueShare = new LinkedHashMap<>();
        for (int rate : INSPECTION_RATES) {
            int inspected = (int) Math.ceil(rows * rate / 100.0);
            double caught = 0;
            double recovered = 0;
            for (int rank = 0; rank < inspected; rank++) {
                int row = byScore[rank];
                caught += labels[row];
                if (!Double.isNaN(revenue[row])) {
                    recovered += revenue[row];
                }
            }
            String key = String.valueOf(rate);
            precision.put(key, inspected == 0 ? null : caught / inspected);
            recall.put(key, illicit == 0 ? null : caught / illicit);
            revenueShare.put(key, anyRevenue && totalRevenue > 0 ? recovered / totalRevenue : null);
        }
        return new CustomsMetrics(auc(scores, labels), rows, (int) illicit, Collections.unmodifiableMap(precision),
                Collections.unmodifiableMap(recall), Collections.unmodifiableMap(revenueShare));
    }

    /** The precision when the top {@code rate}% are inspected; null where it is undefined. */
    public Double precisionAt(int rate) {
        return precisionAt.get(String.valueOf(rate));
    }

    /** The recall when the top {@code rate}% are inspected; null where it is undefined. */
    public Double recallAt(int rate) {
        return recallAt.get(String.valueOf(rate));
    }

    /** The metrics as the registry stores them beside a version: a JSON object of these six fields. */
    public Map<String, Object> asMap() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("auc", auc);
        metrics.put("rows", rows);
        metrics.put("illicit", illicit);
        metrics.put("precisionAt", precisionAt);
        metrics.put("recallAt", recallAt);
        metrics.put("revenueAt", revenueAt);
        return metrics;
    }

    /** The probability that an illicit row scores above a compliant one (ties count half); null without both. */
    static Double auc(float[] scores, float[] labels) {
        int rows = scores.length;
        Integer[] ascending = IntStream.range(0, rows).boxed().toArray(Integer[]::new);
        Arrays.sort(ascending, Comparator.comparingDouble(row -> scores[row]));
        double positives = 0;
        double rankSum = 0;
        int start = 0;
        while (start < rows) {
            int end = start;
            while (end + 1 < rows && scores[ascending[end + 1]] == scores[ascending[start]]) {
                end++;
            }
            double averageRank = (start + end) / 2.0 + 1;
            for (int position = start; position <= end; position++) {
                if (labels[ascending[position]] > 0.5f) {
                    positives++;
                    rankSum += averageRank;
                }
            }
            start = end + 1;
        }
        double negatives = rows - positives;
        if (positives == 0 || negatives == 0) {
            return null;
        }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
