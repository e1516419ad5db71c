package org.customsrisk.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.customsrisk.models.runtime.ModelFiles;
import org.customsrisk.models.runtime.ScoringModel;

/**
 * Issue 6's in-process benchmark, without booting Quarkus: the PRODUCTION model loaded through
 * model-runtime ({@link ModelFiles#open}, an XgboostScoringModel for XGBoost) and called per
 * declaration as scoring-service's ModelScorer calls it - {@code score} of its items, then
 * {@code contributions} of the riskiest item for the reasons - beside XGBoost4J's bare
 * {@code Booster.predict} on a DMatrix of the same rows. One thread, the same feature vectors
 * (feature-service's, of the KCS valid quarter), rounds alternating, median of the rounds.
 * Goal: the service's path takes at most 30% more time than the raw predict.
 */
final class InProcessScoringBenchmark {

    static final String ID = "scoring-in-process";
    private static final double GOAL_OVERHEAD = 0.30;
    private static final int ROUNDS = 5;

    private final Callable<ScoringInputs> inputs;

    InProcessScoringBenchmark(Callable<ScoringInputs> inputs) {
        this.inputs = inputs;
    }

    /** One way of scoring a declaration's rows. */
    private interface Scorer {
        void score(float[] rows, int count) throws XGBoostError;
    }

    Comparison run() throws Exception {
        ScoringInputs scoring = inputs.call();
        double seconds = Settings.seconds(ID, 3);
        int width = scoring.model().featureNames().size();
        Booster booster = XGBoost.loadModel(scoring.model().file());
        try (ScoringModel model = ModelFiles.open(scoring.model().format(), scoring.model().file(),
                scoring.model().featureNames())) {
            Scorer raw = (rows, count) -> {
                DMatrix matrix = new DMatrix(rows, count, width, Float.NaN);
                try {
                    booster.predict(matrix);
                } finally {
                    matrix.dispose();
                }
            };
            Scorer scoreOnly = (rows, count) -> model.score(rows, count);
            Scorer withReasons = (rows, count) -> {
                float[] scores = model.score(rows, count);
                int riskiest = 0;
                for (int row = 1; row < count; row++) {
                    riskiest = scores[row] > scores[riskiest] ? row : riskiest;
                }
                model.contributions(Arrays.copyOfRange(rows, riskiest * width, (riskiest + 1) * width), 1);
            };
            for (Scorer scorer : List.of(raw, scoreOnly, withReasons)) {
                rate(scorer, scoring, seconds / 2);
            }
            double[] rawRates = new double[ROUNDS];
            double[] scoreRates = new double[ROUNDS];
            double[] reasonRates = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                rawRates[round] = rate(raw, scoring, seconds);
                scoreRates[round] = rate(scoreOnly, scoring, seconds);
                reasonRates[round] = rate(withReasons, scoring, seconds);
            }
            double rawMedian = median(rawRates);
            double scoreMedian = median(scoreRates);
            double reasonMedian = median(reasonRates);
            double ratio = reasonMedian / rawMedian;
            var details = Comparison.newDetails();
            details.put("model", scoring.model().label());
            details.put("rounds (declarations/s): raw predict", rounded(rawRates));
            details.put("rounds (declarations/s): model-runtime score only", rounded(scoreRates));
            details.put("rounds (declarations/s): model-runtime score + reasons", rounded(reasonRates));
            details.put("time added to the raw predict: score only", percent(rawMedian / scoreMedian - 1));
            details.put("time added to the raw predict: score + reasons", percent(rawMedian / reasonMedian - 1));
            return new Comparison(ID, "Scoring in process vs raw XGBoost4J predict", "declarations/s", reasonMedian,
                    "model-runtime score + reasons of the riskiest item (as ModelScorer calls it)", rawMedian,
                    "Booster.predict on a DMatrix of the same rows", ratio,
                    "the service's path adds at most " + Math.round(GOAL_OVERHEAD * 100) + "% to the time",
                    rawMedian / reasonMedian - 1 <= GOAL_OVERHEAD, details,
                    "Measured in the benchmark's JVM, one thread, " + ROUNDS + " rounds of " + Math.round(seconds)
                            + " s per variant after a warm-up, on " + scoring.rows().size() + " declarations' vectors. "
                            + "What is not measured here: the HTTP, JSON, feature and database work of a request "
                            + "(pairs 1 and 2 measure those), and the policy's channel choice, which is plain Java over "
                            + "the score. The score + reasons path asks XGBoost for the per-feature contributions of "
                            + "the riskiest item, a second native call per declaration that the raw predict does not make.");
        } finally {
            booster.dispose();
        }
    }

    private static double rate(Scorer scorer, ScoringInputs scoring, double seconds) throws XGBoostError {
        long end = System.nanoTime() + Math.round(seconds * 1e9);
        long start = System.nanoTime();
        long scored = 0;
        while (System.nanoTime() < end) {
            for (int index = 0; index < scoring.rows().size(); index++) {
                scorer.score(scoring.rows().get(index), scoring.itemCounts().get(index));
            }
            scored += scoring.rows().size();
        }
        return scored / ((System.nanoTime() - start) / 1e9);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static long[] rounded(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%+.0f%%", share * 100);
    }
}
