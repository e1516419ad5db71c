package org.customsrisk.models.runtime;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** An XGBoost model (JSON or UBJ), scored with XGBoost4J. */
public final class XgboostScoringModel implements ScoringModel {

    private final Booster booster;
    private final List<String> featureNames;

    private XgboostScoringModel(Booster booster, List<String> featureNames) {
        this.booster = booster;
        this.featureNames = List.copyOf(featureNames);
    }

    static XgboostScoringModel load(byte[] file, List<String> featureNames) throws InvalidModelException {
        Booster booster;
        try {
            booster = XGBoost.loadModel(file);
        } catch (XGBoostError | IOException e) {
            throw new InvalidModelException(InvalidModelException.Subject.FILE,
                    "is not an XGBoost model in JSON or UBJ format");
        }
        try {
            check(booster, featureNames);
            return new XgboostScoringModel(booster, featureNames);
        } catch (InvalidModelException | RuntimeException e) {
            booster.dispose();
            throw e;
        }
    }

    private static void check(Booster booster, List<String> featureNames) throws InvalidModelException {
        try {
            long taken = booster.getNumFeature();
            if (taken != featureNames.size()) {
                throw new InvalidModelException(InvalidModelException.Subject.FEATURE_NAMES,
                        "the model takes " + taken + " features, " + featureNames.size() + " are named");
            }
            String[] stored = booster.getFeatureNames();
            boolean named = stored != null && stored.length > 0
                    && Arrays.stream(stored).allMatch(name -> name != null && !name.isEmpty());
            if (named && !Arrays.asList(stored).equals(featureNames)) {
                int position = firstDifference(Arrays.asList(stored), featureNames);
                throw new InvalidModelException(InvalidModelException.Subject.FEATURE_NAMES,
                        "differ from the feature names stored in the model: at position " + (position + 1) + " '"
                                + featureNames.get(position) + "' is named, the model has '" + stored[position] + "'");
            }
        } catch (XGBoostError e) {
            throw new InvalidModelException(InvalidModelException.Subject.FILE, "cannot be read by XGBoost");
        }
    }

    private static int firstDifference(List<String> stored, List<String> named) {
        int position = 0;
        while (stored.get(position).equals(named.get(position))) {
            position++;
        }
        return position;
    }

    @Override
    public List<String> featureNames() {
        return featureNames;
    }

    @Override
    public float[] score(float[] rows, int rowCount) {
        float[][] predictions = predict(rows, rowCount, false);
        float[] scores = new float[rowCount];
        for (int row = 0; row < rowCount; row++) {
            scores[row] = predictions[row][0];
        }
        return scores;
    }

    @Override
    public Optional<float[][]> contributions(float[] rows, int rowCount) {
        return Optional.of(predict(rows, rowCount, true));
    }

    private float[][] predict(float[] rows, int rowCount, boolean contributions) {
        DMatrix matrix = null;
        try {
            matrix = new DMatrix(rows, rowCount, featureNames.size(), Float.NaN);
            matrix.setFeatureNames(featureNames.toArray(String[]::new));
            return contributions ? booster.predictContrib(matrix, 0) : booster.predict(matrix);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost cannot score " + rowCount + " rows", e);
        } finally {
            if (matrix != null) {
                matrix.dispose();
            }
        }
    }

    @Override
    public void close() {
        booster.dispose();
    }
}
