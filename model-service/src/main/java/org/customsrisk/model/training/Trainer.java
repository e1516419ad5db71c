package org.customsrisk.model.training;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.customsrisk.model.evaluation.LabelledSet;

/** Boosts a model round by round with XGBoost4J, telling how many rounds are done. */
final class Trainer {

    /** The model file (UBJ, with its feature names) and its scores of the validation rows, straight from memory. */
    record Trained(byte[] file, float[] validationScores) {
    }

    private Trainer() {
    }

    static Trained train(LabelledSet training, LabelledSet validation, Map<String, Object> parameters, int threads,
            IntConsumer roundsDone) throws XGBoostError {
        Map<String, Object> booster = new HashMap<>(parameters);
        int rounds = (Integer) booster.remove(TrainingParameters.ROUNDS);
        booster.put("nthread", threads);
        DMatrix train = matrix(training);
        DMatrix validate = null;
        Booster model = null;
        try {
            train.setLabel(training.labels());
            model = XGBoost.train(train, booster, 0, Map.of(), null, null);
            for (int round = 0; round < rounds; round++) {
                model.update(train, round);
                roundsDone.accept(round + 1);
            }
            validate = matrix(validation);
            float[][] predictions = model.predict(validate);
            float[] scores = new float[validation.rows()];
            for (int row = 0; row < scores.length; row++) {
                scores[row] = predictions[row][0];
            }
            return new Trained(model.toByteArray("ubj"), scores);
        } finally {
            train.dispose();
            if (validate != null) {
                validate.dispose();
            }
            if (model != null) {
                model.dispose();
            }
        }
    }

    private static DMatrix matrix(LabelledSet set) throws XGBoostError {
        DMatrix matrix = new DMatrix(set.values(), set.rows(), set.featureNames().size(), Float.NaN);
        matrix.setFeatureNames(set.featureNames().toArray(String[]::new));
        return matrix;
    }
}
