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
 * {@code contributions} of the riskiest item for the reasons - beside XGBoost4J's fastest bare
 * call on the same rows, {@code Booster.inplace_predict}. Shown beside them, not compared: the
 * classic {@code Booster.predict} on a DMatrix, and that predict plus XGBoost's exact TreeSHAP
 * contributions of the riskiest item (what the service's reasons cost before ADR 0010). One
 * thread, the same feature vectors (feature-service's, of the KCS valid quarter), rounds
 * alternating, median of the rounds. Goal: the service's path takes at most 30% more time than
 * the raw predict.
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
            Scorer raw = (rows, count) -> booster.inplace_predict(rows, count, width, Float.NaN);
            Scorer matrixPredict = (rows, count) -> {
                DMatrix matrix = new DMatrix(rows, count, width, Float.NaN);
                try {
                    booster.predict(matrix);
                } finally {
                    matrix.dispose();
                }
            };
            Scorer matrixWithTreeShap = (rows, count) -> {
                DMatrix matrix = new DMatrix(rows, count, width, Float.NaN);
                DMatrix riskiest = null;
                try {
                    int row = riskiest(booster.predict(matrix), count);
                    riskiest = new DMatrix(Arrays.copyOfRange(rows, row * width, (row + 1) * width), 1, width, Float.NaN);
                    booster.predictContrib(riskiest, 0);
                } finally {
                    matrix.dispose();
                    if (riskiest != null) {
                        riskiest.dispose();
                    }
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
            List<Scorer> scorers = List.of(raw, scoreOnly, withReasons, matrixPredict, matrixWithTreeShap);
            for (Scorer scorer : scorers) {
                rate(scorer, scoring, seconds / 2);
            }
            double[][] rates = new double[scorers.size()][ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                for (int variant = 0; variant < scorers.size(); variant++) {
                    rates[variant][round] = rate(scorers.get(variant), scoring, seconds);
                }
            }
            double rawMedian = median(rates[0]);
            double scoreMedian = median(rates[1]);
            double reasonMedian = median(rates[2]);
            double ratio = reasonMedian / rawMedian;
            var details = Comparison.newDetails();
            details.put("model", scoring.model().label());
            details.put("rounds (declarations/s): raw inplace_predict", rounded(rates[0]));
            details.put("rounds (declarations/s): model-runtime score only", rounded(rates[1]));
            details.put("rounds (declarations/s): model-runtime score + reasons", rounded(rates[2]));
            details.put("rounds (declarations/s), not compared: predict on a DMatrix", rounded(rates[3]));
            details.put("rounds (declarations/s), not compared: predict on a DMatrix + exact TreeSHAP of the riskiest item",
                    rounded(rates[4]));
            details.put("time added to the raw predict: score only", percent(rawMedian / scoreMedian - 1));
            details.put("time added to the raw predict: score + reasons", percent(rawMedian / reasonMedian - 1));
            details.put("time added to the raw predict: DMatrix predict + exact TreeSHAP",
                    percent(rawMedian / median(rates[4]) - 1));
            return new Comparison(ID, "Scoring in process vs raw XGBoost4J predict", "declarations/s", reasonMedian,
                    "model-runtime score + reasons of the riskiest item (as ModelScorer calls it)", rawMedian,
                    "Booster.inplace_predict of the same rows", ratio,
                    "the service's path adds at most " + Math.round(GOAL_OVERHEAD * 100) + "% to the time",
                    rawMedian / reasonMedian - 1 <= GOAL_OVERHEAD, details,
                    "Measured in the benchmark's JVM, one thread, " + ROUNDS + " rounds of " + Math.round(seconds)
                            + " s per variant after a warm-up, on " + scoring.rows().size() + " declarations' vectors. "
                            + "What is not measured here: the HTTP, JSON, feature and database work of a request "
                            + "(pairs 1 and 2 measure those), and the policy's channel choice, which is plain Java over "
                            + "the score. The reasons are the riskiest item's path contributions, walked in Java over the "
                            + "model's trees (ADR 0010); XGBoost's exact TreeSHAP of that item is shown beside for scale.");
        } finally {
            booster.dispose();
        }
    }

    private static int riskiest(float[][] predictions, int count) {
        int riskiest = 0;
        for (int row = 1; row < count; row++) {
            riskiest = predictions[row][0] > predictions[riskiest][0] ? row : riskiest;
        }
        return riskiest;
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
