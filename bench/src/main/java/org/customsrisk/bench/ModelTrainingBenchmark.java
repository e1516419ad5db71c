package org.customsrisk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * Pair 5 of issue 9: model-service's trainer beside python3-xgboost with the same parameters on the
 * same KCS rows. The measurement lives beside the trainer (model-service's test classes, run by
 * {@code bench/model-training}, which needs no running platform); this runs it and reads the result it
 * writes.
 */
final class ModelTrainingBenchmark {

    static final String ID = "model-training";
    private static final double GOAL = 1.5;

    Comparison run() throws Exception {
        Path root = Platform.repositoryRoot();
        Process process = new ProcessBuilder(root.resolve("bench/model-training").toString()).directory(root.toFile())
                .inheritIO().start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("bench/model-training exited with " + exit);
        }
        return comparison(Platform.JSON.readTree(root.resolve("bench/results/model-training.json").toFile()));
    }

    static Comparison comparison(JsonNode result) {
        double platform = result.get("platformMedianSeconds").asDouble();
        double baseline = result.get("baselineMedianSeconds").asDouble();
        double ratio = platform / baseline;
        Map<String, Object> details = Comparison.newDetails();
        details.put("rows, features", result.get("rows").asInt() + ", " + result.get("features").asInt());
        details.put("parameters", result.get("parameters").asText());
        details.put("platform runs (s)", result.get("platformSeconds").toString());
        details.put("baseline runs (s)", result.get("baselineSeconds").toString());
        return new Comparison(ID, "Training vs python3-xgboost, same parameters and rows", "s", platform,
                result.get("platform").asText() + ", median", baseline, result.get("baseline").asText() + ", median",
                ratio, "within " + GOAL + "x of the baseline's time", ratio <= GOAL, details,
                "KCS train and valid declarations with the point-in-time features of model-service's test stand-in "
                        + "of feature-service, three repetitions after a warm-up, DMatrix construction included "
                        + "(the section Model training below).");
    }
}
