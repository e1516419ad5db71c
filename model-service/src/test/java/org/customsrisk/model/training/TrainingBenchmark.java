package org.customsrisk.model.training;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.customsrisk.common.testing.SuiteReport;
import org.customsrisk.model.evaluation.LabelledSet;
import org.customsrisk.model.testing.KcsTrainingSet;

/**
 * Training time of model-service's trainer on the KCS train and valid declarations beside
 * python3-xgboost with the same parameters on the same rows, in the same run. Run by
 * {@code bench/model-training}; writes {@code bench/results/model-training.json} and the generated
 * block of docs/benchmarks.md. Not a test: a time is a measurement, never an assertion.
 */
public final class TrainingBenchmark {

    private static final int REPETITIONS = 3;
    private static final int THREADS = 2;
    private static final Map<String, Object> REQUESTED = Map.of("rounds", 200, "max_depth", 6, "eta", 0.1);
    private static final String XGBOOST4J_VERSION = "3.4.0";

    private TrainingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        String python = args[1];
        String csv = KcsTrainingSet.csv(LocalDate.parse("2020-01-01"), LocalDate.parse("2021-03-31"));
        Path data = Files.createDirectories(Path.of("target", "bench")).resolve("kcs-training-set.csv");
        Files.writeString(data, csv);
        LabelledSet set = LabelledSet.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        LabelledSet validation = set.slice(set.rows() - 100, set.rows());
        Map<String, Object> parameters = TrainingParameters.resolve(REQUESTED);

        List<Double> java = new ArrayList<>();
        for (int run = -1; run < REPETITIONS; run++) {
            long started = System.nanoTime();
            Trainer.train(set, validation, parameters, THREADS, done -> {
            });
            if (run >= 0) {
                java.add((System.nanoTime() - started) / 1e9);
            }
        }
        List<Double> baseline = python(python, root.resolve("bench/model_training.py"), data, parameters);

        double platform = median(java);
        double reference = median(baseline);
        Map<String, Object> booster = new TreeMap<>(parameters);
        booster.put("nthread", THREADS);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("rows", set.rows());
        results.put("features", set.featureNames().size());
        results.put("parameters", booster.toString());
        results.put("platform", "model-service Trainer, XGBoost4J " + XGBOOST4J_VERSION);
        results.put("platformSeconds", rounded(java));
        results.put("platformMedianSeconds", platform);
        results.put("baseline", "python3-xgboost " + pythonVersion(python) + " (Debian package)");
        results.put("baselineSeconds", rounded(baseline));
        results.put("baselineMedianSeconds", reference);
        results.put("ratio", platform / reference);
        results.put("goal", "within 1.5x of the baseline");
        results.put("met", platform / reference <= 1.5);
        SuiteReport.write("model-training", "benchmarks.md", results);
        results.forEach((name, value) -> System.out.println(name + ": " + value));
    }

    private static List<Double> python(String python, Path script, Path data, Map<String, Object> parameters)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python, script.toString(), data.toAbsolutePath().toString(),
                String.valueOf(REPETITIONS), String.valueOf(THREADS), toJson(parameters))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("the python3-xgboost baseline failed: " + output);
        }
        return Arrays.stream(output.split("\\s+")).map(Double::parseDouble).toList();
    }

    private static String pythonVersion(String python) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python, "-c", "import xgboost; print(xgboost.__version__)").start();
        process.waitFor(1, TimeUnit.MINUTES);
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Double> rounded(List<Double> values) {
        return values.stream().map(value -> Math.round(value * 1000) / 1000.0).toList();
    }

    private static String toJson(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(name).append("\": ")
                .append(value instanceof String ? "\"" + value + "\"" : value));
        return json.append('}').toString();
    }
}
