package org.customsrisk.e2e;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How well fraud probabilities rank declarations against labels the platform never saw: the area under
 * the ROC curve, and precision and recall when the top share of declarations by score is inspected.
 */
record SelectionQuality(int declarations, int frauds, double auc, double precisionAt5, double recallAt5,
        double precisionAt10, double recallAt10) {

    static SelectionQuality of(Map<String, Double> scores, Map<String, Boolean> labels) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        int frauds = (int) ranked.stream().filter(entry -> labels.get(entry.getKey())).count();
        return new SelectionQuality(ranked.size(), frauds, auc(ranked, labels, frauds),
                precision(ranked, labels, 0.05), recall(ranked, labels, 0.05, frauds),
                precision(ranked, labels, 0.10), recall(ranked, labels, 0.10, frauds));
    }

    private static int caughtInTop(List<Map.Entry<String, Double>> ranked, Map<String, Boolean> labels, double share) {
        int inspected = (int) Math.ceil(ranked.size() * share);
        return (int) ranked.subList(0, inspected).stream().filter(entry -> labels.get(entry.getKey())).count();
    }

    private static double precision(List<Map.Entry<String, Double>> ranked, Map<String, Boolean> labels, double share) {
        return (double) caughtInTop(ranked, labels, share) / Math.ceil(ranked.size() * share);
    }

    private static double recall(List<Map.Entry<String, Double>> ranked, Map<String, Boolean> labels, double share,
            int frauds) {
        return frauds == 0 ? 0 : (double) caughtInTop(ranked, labels, share) / frauds;
    }

    /** Mann-Whitney: the share of (fraud, clean) pairs ranked in the right order, ties counting half. */
    private static double auc(List<Map.Entry<String, Double>> ranked, Map<String, Boolean> labels, int frauds) {
        int clean = ranked.size() - frauds;
        if (frauds == 0 || clean == 0) {
            return Double.NaN;
        }
        double rightlyOrdered = 0;
        int cleanBelow = clean;
        int index = 0;
        while (index < ranked.size()) {
            double score = ranked.get(index).getValue();
            int tiedFrauds = 0;
            int tiedClean = 0;
            while (index < ranked.size() && ranked.get(index).getValue() == score) {
                if (labels.get(ranked.get(index).getKey())) {
                    tiedFrauds++;
                } else {
                    tiedClean++;
                }
                index++;
            }
            cleanBelow -= tiedClean;
            rightlyOrdered += tiedFrauds * (cleanBelow + tiedClean / 2.0);
        }
        return rightlyOrdered / ((double) frauds * clean);
    }
}
