package org.customsrisk.contracts.model;

/** How a model version's artifact is encoded. */
public enum ModelFormat {
    /** XGBoost's own JSON or UBJ model file, scored with XGBoost4J. */
    XGBOOST,
    /** An ONNX graph, scored with ONNX Runtime. */
    ONNX
}
