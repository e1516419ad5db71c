package org.customsrisk.models.runtime;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * An XGBoost model (JSON or UBJ), scored with XGBoost4J's in-place predict (no DMatrix per call)
 * and explained by its trees' paths, walked in Java ({@link TreePaths}).
 */
public final class XgboostScoringModel implements ScoringModel {

    private final Booster booster;
    private final List<String> featureNames;
    private final Optional<TreePaths> paths;

    private XgboostScoringModel(Booster booster, List<String> featureNames, Optional<TreePaths> paths) {
        this.booster = booster;
        this.featureNames = List.copyOf(featureNames);
        this.paths = paths;
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
            return new XgboostScoringModel(booster, featureNames, paths(booster, featureNames.size()));
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

    private static Optional<TreePaths> paths(Booster booster, int width) throws InvalidModelException {
        float[] missing = new float[width];
        Arrays.fill(missing, Float.NaN);
        DMatrix matrix = null;
        try {
            matrix = new DMatrix(missing, 1, width, Float.NaN);
            return TreePaths.of(booster.toByteArray("json"), width, booster.predict(matrix, true)[0][0]);
        } catch (XGBoostError | IOException e) {
            throw new InvalidModelException(InvalidModelException.Subject.FILE, "cannot be read by XGBoost");
        } finally {
            if (matrix != null) {
                matrix.dispose();
            }
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
        float[][] predictions;
        try {
            predictions = booster.inplace_predict(rows, rowCount, featureNames.size(), Float.NaN);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost cannot score " + rowCount + " rows", e);
        }
        float[] scores = new float[rowCount];
        for (int row = 0; row < rowCount; row++) {
            scores[row] = predictions[row][0];
        }
        return scores;
    }

    @Override
    public Optional<float[][]> contributions(float[] rows, int rowCount) {
        return paths.map(trees -> {
            float[][] contributions = new float[rowCount][];
            for (int row = 0; row < rowCount; row++) {
                contributions[row] = trees.contributions(rows, row);
            }
            return contributions;
        });
    }

    @Override
    public void close() {
        booster.dispose();
    }
}
