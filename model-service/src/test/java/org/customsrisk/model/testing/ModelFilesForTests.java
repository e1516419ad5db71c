package org.customsrisk.model.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Model files as an administration's data scientists would upload them. */
public final class ModelFilesForTests {

    private ModelFilesForTests() {
    }

    /** A small XGBoost model (UBJ) trained on random rows, with the given feature names stored in it. */
    public static byte[] xgboost(List<String> featureNames) {
        try {
            SplittableRandom random = new SplittableRandom(7);
            int rows = 400;
            int width = featureNames.size();
            float[] values = new float[rows * width];
            float[] labels = new float[rows];
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < width; column++) {
                    values[row * width + column] = (float) random.nextDouble();
                }
                labels[row] = values[row * width] > 0.7 ? 1 : 0;
            }
            DMatrix train = new DMatrix(values, rows, width, Float.NaN);
            train.setLabel(labels);
            train.setFeatureNames(featureNames.toArray(String[]::new));
            Booster booster = XGBoost.train(train, Map.of("objective", "binary:logistic", "max_depth", 2,
                    "nthread", 1), 5, Map.of(), null, null);
            byte[] file = booster.toByteArray("ubj");
            booster.dispose();
            train.dispose();
            return file;
        } catch (XGBoostError e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An ONNX graph sigmoid(x · w) with x a float tensor [rows, features] and w zeros (every row
     * scores 0.5), whose metadata names its features, as converters write them.
     */
    public static byte[] onnx(List<String> featureNames) {
        int width = featureNames.size();
        Proto tensorType = new Proto().message(1, new Proto().varint(1, 1)
                .message(2, new Proto().message(1, new Proto().string(2, "rows")).message(1, new Proto().varint(1, width))));
        Proto outputType = new Proto().message(1, new Proto().varint(1, 1)
                .message(2, new Proto().message(1, new Proto().string(2, "rows")).message(1, new Proto().varint(1, 1))));
        Proto weights = new Proto().varint(1, width).varint(1, 1).varint(2, 1).bytes(9, new byte[4 * width]).string(8, "w");
        Proto graph = new Proto()
                .message(1, new Proto().string(1, "x").string(1, "w").string(2, "z").string(3, "matmul").string(4, "MatMul"))
                .message(1, new Proto().string(1, "z").string(2, "probability").string(3, "sigmoid").string(4, "Sigmoid"))
                .string(2, "fraud")
                .message(5, weights)
                .message(11, new Proto().string(1, "x").message(2, tensorType))
                .message(12, new Proto().string(1, "probability").message(2, outputType));
        return new Proto()
                .varint(1, 7)
                .string(2, "model-service-tests")
                .message(7, graph)
                .message(8, new Proto().string(1, "").varint(2, 13))
                .message(14, new Proto().string(1, "feature_names").string(2, String.join(",", featureNames)))
                .toByteArray();
    }

    /** Just enough of the protobuf wire format to write an ONNX model. */
    private static final class Proto {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            writeVarint((long) field << 3);
            writeVarint(value);
            return this;
        }

        Proto bytes(int field, byte[] value) {
            writeVarint((long) field << 3 | 2);
            writeVarint(value.length);
            out.writeBytes(value);
            return this;
        }

        Proto string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto value) {
            return bytes(field, value.toByteArray());
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }

        private void writeVarint(long value) {
            while ((value & ~0x7FL) != 0) {
                out.write((int) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            out.write((int) value);
        }
    }
}
