package org.customsrisk.models.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.customsrisk.contracts.model.ModelFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class XgboostScoringModelTest {

    private static final List<String> FEATURES = List.of("unit_value_log", "importer_illicit_rate", "hs_chapter");
    private static byte[] model;

    @BeforeAll
    static void train() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        int rows = 2000;
        float[] values = new float[rows * FEATURES.size()];
        float[] labels = new float[rows];
        for (int row = 0; row < rows; row++) {
            float unitValue = (float) random.nextDouble(0, 10);
            float importerRate = (float) random.nextDouble();
            values[row * 3] = unitValue;
            values[row * 3 + 1] = importerRate;
            values[row * 3 + 2] = random.nextInt(1, 98);
            labels[row] = importerRate > 0.7 || unitValue < 1 ? 1 : 0;
        }
        DMatrix train = new DMatrix(values, rows, FEATURES.size(), Float.NaN);
        train.setLabel(labels);
        Booster booster = XGBoost.train(train, Map.of("objective", "binary:logistic", "max_depth", 3, "eta", 0.3,
                "nthread", 1, "seed", 1), 20, Map.of(), null, null);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        booster.saveModel(file, "ubj");
        model = file.toByteArray();
        booster.dispose();
        train.dispose();
    }

    @Test
    void contributionsOfEachRowSumWithTheBiasToTheMargin() throws Exception {
        float[] rows = { 0.5f, 0.9f, 61, 5f, 0.1f, 84, 8f, 0.95f, 27 };
        try (ScoringModel loaded = ModelFiles.open(ModelFormat.XGBOOST, model, FEATURES)) {
            float[] scores = loaded.score(rows, 3);
            float[][] contributions = loaded.contributions(rows, 3).orElseThrow();

            assertThat(contributions).hasNumberOfRows(3);
            for (int row = 0; row < 3; row++) {
                assertThat(contributions[row]).hasSize(FEATURES.size() + 1);
                double sum = 0;
                for (float contribution : contributions[row]) {
                    sum += contribution;
                }
                double margin = Math.log(scores[row] / (1.0 - scores[row]));
                assertThat(sum).isCloseTo(margin, within(1e-4));
            }
            assertThat(scores[0]).isGreaterThan(0.5f);
            assertThat(scores[1]).isLessThan(0.5f);
            assertThat(contributions[1][1]).isNegative();
        }
    }

    @Test
    void pathContributionsOfADeepModelSumToXgboostsOwnMarginForRowsWithMissingValues() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        int width = 6;
        int rows = 3000;
        float[] values = randomRows(random, rows, width);
        float[] labels = new float[rows];
        for (int row = 0; row < rows; row++) {
            float first = values[row * width];
            float third = values[row * width + 2];
            labels[row] = (Float.isNaN(first) ? 0.6 : first) + (Float.isNaN(third) ? 0 : 0.4 * third) > 0.8
                    || random.nextDouble() < 0.05 ? 1 : 0;
        }
        DMatrix train = new DMatrix(values, rows, width, Float.NaN);
        train.setLabel(labels);
        Booster trained = XGBoost.train(train, Map.of("objective", "binary:logistic", "max_depth", 6, "eta", 0.1,
                "base_score", 0.2, "nthread", 1, "seed", 3), 60, Map.of(), null, null);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        trained.saveModel(file, "json");
        List<String> names = List.of("a", "b", "c", "d", "e", "f");
        float[] probes = randomRows(random, 200, width);
        DMatrix probeMatrix = new DMatrix(probes, 200, width, Float.NaN);
        float[][] margins = trained.predict(probeMatrix, true);
        float[][] exact = trained.predictContrib(probeMatrix, 0);
        try (ScoringModel loaded = ModelFiles.open(ModelFormat.XGBOOST, file.toByteArray(), names)) {
            float[][] contributions = loaded.contributions(probes, 200).orElseThrow();
            float[] scores = loaded.score(probes, 200);
            float[][] probabilities = trained.predict(probeMatrix);

            int sameTopFeature = 0;
            for (int row = 0; row < 200; row++) {
                double sum = 0;
                for (float contribution : contributions[row]) {
                    sum += contribution;
                }
                assertThat(sum).as("row %d", row).isCloseTo(margins[row][0], within(1e-4));
                assertThat(scores[row]).isCloseTo(probabilities[row][0], within(1e-6f));
                assertThat(contributions[row][width]).isCloseTo(exact[row][width], within(1e-4f));
                sameTopFeature += largest(contributions[row], width) == largest(exact[row], width) ? 1 : 0;
            }
            assertThat(sameTopFeature).as("rows whose strongest feature TreeSHAP names too").isGreaterThan(160);
        } finally {
            probeMatrix.dispose();
            trained.dispose();
            train.dispose();
        }
    }

    private static float[] randomRows(SplittableRandom random, int rows, int width) {
        float[] values = new float[rows * width];
        for (int index = 0; index < values.length; index++) {
            values[index] = random.nextDouble() < 0.1 ? Float.NaN : (float) random.nextDouble();
        }
        return values;
    }

    private static int largest(float[] contributions, int width) {
        int largest = 0;
        for (int feature = 1; feature < width; feature++) {
            largest = Math.abs(contributions[feature]) > Math.abs(contributions[largest]) ? feature : largest;
        }
        return largest;
    }

    @Test
    void aModelGivenTheWrongNumberOfFeatureNamesIsRefused() {
        InvalidModelException refused = catchThrowableOfType(InvalidModelException.class,
                () -> ModelFiles.open(ModelFormat.XGBOOST, model, FEATURES.subList(0, 2)));

        assertThat(refused.subject()).isEqualTo(InvalidModelException.Subject.FEATURE_NAMES);
        assertThat(refused).hasMessageContaining("takes 3 features, 2 are named");
    }

    @Test
    void bytesThatAreNoModelAreRefused() {
        InvalidModelException refused = catchThrowableOfType(InvalidModelException.class,
                () -> ModelFiles.open(ModelFormat.XGBOOST, "not a model".getBytes(), FEATURES));

        assertThat(refused.subject()).isEqualTo(InvalidModelException.Subject.FILE);
    }
}
