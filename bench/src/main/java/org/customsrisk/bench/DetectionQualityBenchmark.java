package org.customsrisk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customsrisk.models.evaluation.CustomsMetrics;

/**
 * Pair 7 of issue 9: how well tenant {@code kr}'s PRODUCTION model, trained by the platform on the KCS
 * year 2020, ranks the declarations of the first quarter of 2021 that ./platform up's demo data imported
 * without their labels. The assessments are read back from scoring-service and judged with the labels
 * kept in the file: AUC, precision and recall when the top 1, 2, 5 and 10% by score are inspected,
 * beside the published results on the same data (arXiv:2208.02484, Table 3).
 */
final class DetectionQualityBenchmark {

    static final String ID = "detection-quality";
    static final double PUBLISHED_XGBOOST_PRECISION_AT_5 = 0.675;
    static final double PUBLISHED_LIGHTGBM_PRECISION_AT_5 = 0.762;
    private static final int READERS = 4;

    private final Platform platform;

    DetectionQualityBenchmark(Platform platform) {
        this.platform = platform;
    }

    Comparison run() throws Exception {
        Map<String, Boolean> labels = fraudByDeclaration(Platform.repositoryRoot()
                .resolve("datasets/kcs/df_syn_valid_eng.csv"));
        ProductionModel production = ProductionModel.fetch(platform, "kr");
        String token = platform.userToken("kr-analyst");
        List<String> declarations = List.copyOf(labels.keySet());
        float[] scores = new float[declarations.size()];
        float[] frauds = new float[declarations.size()];
        AtomicInteger fallbacks = new AtomicInteger();
        AtomicInteger otherVersions = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (int index = 0; index < declarations.size(); index++) {
                int row = index;
                reads.add(readers.submit(() -> {
                    JsonNode assessment = assessment(declarations.get(row), token);
                    if (assessment.path("fallback").asBoolean()) {
                        fallbacks.incrementAndGet();
                    } else if (assessment.path("modelVersion").asInt() != production.version()) {
                        otherVersions.incrementAndGet();
                    }
                    scores[row] = (float) assessment.path("fraudProbability").asDouble();
                    frauds[row] = labels.get(declarations.get(row)) ? 1 : 0;
                    return null;
                }));
            }
            for (Future<?> read : reads) {
                read.get();
            }
        } finally {
            readers.shutdownNow();
        }
        return comparison(CustomsMetrics.of(scores, frauds), production, fallbacks.get(), otherVersions.get());
    }

    static Comparison comparison(CustomsMetrics metrics, ProductionModel production, int fallbacks,
            int otherVersions) {
        double precisionAt5 = metrics.precisionAt(5);
        double ratio = precisionAt5 / PUBLISHED_XGBOOST_PRECISION_AT_5;
        Map<String, Object> details = Comparison.newDetails();
        details.put("model", production.label());
        details.put("declarations (frauds)", metrics.rows() + " (" + metrics.illicit() + ")");
        details.put("AUC", round(metrics.auc()));
        Map<String, Object> byRate = new LinkedHashMap<>();
        for (int rate : CustomsMetrics.INSPECTION_RATES) {
            byRate.put(rate + "%", round(metrics.precisionAt(rate)) + " / " + round(metrics.recallAt(rate)));
        }
        details.put("precision / recall when the top n% are inspected", byRate);
        details.put("published precision at 5%: XGBoost, LightGBM", PUBLISHED_XGBOOST_PRECISION_AT_5 + ", "
                + PUBLISHED_LIGHTGBM_PRECISION_AT_5);
        details.put("rules-only fallbacks, other model versions", fallbacks + ", " + otherVersions);
        return new Comparison(ID, "Detection quality on the KCS valid quarter vs published XGBoost", "precision at 5%",
                precisionAt5, "the platform's PRODUCTION model (trained on 2020 by model-service)",
                PUBLISHED_XGBOOST_PRECISION_AT_5, "XGBoost on the raw columns, arXiv:2208.02484 Table 3", ratio,
                "at least the published XGBoost's precision at 5%", ratio >= 1, details,
                "The assessments are those scoring-service stored for the quarter ./platform up imported without "
                        + "labels; the labels are read from the file only here. The published figure comes from a "
                        + "model of the raw columns; the platform's features are feature-service's point-in-time "
                        + "risk profiles (docs/detection-quality.md).");
    }

    private JsonNode assessment(String declaration, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = platform.send(Platform.get(Platform.SCORING + "/api/assessments/" + declaration,
                token));
        if (response.statusCode() == 404) {
            throw new IllegalStateException("declaration " + declaration + " of the KCS valid quarter has no "
                    + "assessment: ./platform up imports the quarter with the demo data");
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET assessment " + declaration + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return Platform.JSON.readTree(response.body());
    }

    /** Declaration id (column 0) to its "Fraud" label (column 20), in file order. */
    private static Map<String, Boolean> fraudByDeclaration(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.skip(1).map(line -> line.split(",", -1)).collect(Collectors.toMap(row -> row[0],
                    row -> "1".equals(row[20]), (first, second) -> first, LinkedHashMap::new));
        }
    }

    private static String round(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
