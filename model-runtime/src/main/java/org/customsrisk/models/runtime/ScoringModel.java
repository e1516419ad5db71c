package org.customsrisk.models.runtime;

import java.util.List;
import java.util.Optional;

/** A model loaded into memory, scoring rows of its features. Holds native memory: close it. */
public interface ScoringModel extends AutoCloseable {

    /** The features it takes, in the order of a row's values. */
    List<String> featureNames();

    /**
     * The fraud probability of each row. {@code rows} holds {@code rowCount} rows of
     * {@code featureNames().size()} values each, one row after the other; NaN is a missing value.
     */
    float[] score(float[] rows, int rowCount);

    /**
     * Why each row scored as it did: per row, the contribution of every feature to the model's
     * margin (log odds) along the row's paths through the trees, in the order of
     * {@link #featureNames()}, followed by the bias. They sum to the margin. Empty when the model
     * cannot tell (ONNX graphs; XGBoost models with categorical splits, several targets or another
     * booster than gbtree).
     */
    Optional<float[][]> contributions(float[] rows, int rowCount);

    @Override
    void close();
}
