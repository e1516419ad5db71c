package org.customsrisk.models.runtime;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An ONNX graph, scored with ONNX Runtime. It takes one float tensor of shape [rows, features];
 * the fraud probability is its first float output, of shape [rows], [rows, 1], or [rows, 2] (the
 * second column: the probability of the positive class, as converters of classifiers write it).
 * Feature names stored in the model's metadata under {@value #FEATURE_NAMES_KEY} (comma-separated)
 * must be those given.
 */
public final class OnnxScoringModel implements ScoringModel {

    public static final String FEATURE_NAMES_KEY = "feature_names";

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String input;
    private final String output;
    private final List<String> featureNames;

    private OnnxScoringModel(OrtEnvironment environment, OrtSession session, String input, String output,
            List<String> featureNames) {
        this.environment = environment;
        this.session = session;
        this.input = input;
        this.output = output;
        this.featureNames = List.copyOf(featureNames);
    }

    static OnnxScoringModel load(byte[] file, List<String> featureNames) throws InvalidModelException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try {
            session = environment.createSession(file, new OrtSession.SessionOptions());
        } catch (OrtException e) {
            throw new InvalidModelException(InvalidModelException.Subject.FILE, "is not an ONNX model ONNX Runtime can load");
        }
        try {
            String input = input(session, featureNames.size());
            String output = probabilityOutput(session);
            checkStoredNames(session, featureNames);
            return new OnnxScoringModel(environment, session, input, output, featureNames);
        } catch (InvalidModelException | RuntimeException e) {
            closeQuietly(session);
            throw e;
        } catch (OrtException e) {
            closeQuietly(session);
            throw new InvalidModelException(InvalidModelException.Subject.FILE, "cannot be inspected by ONNX Runtime");
        }
    }

    private static String input(OrtSession session, int features) throws OrtException, InvalidModelException {
        Map<String, NodeInfo> inputs = session.getInputInfo();
        if (inputs.size() != 1) {
            throw new InvalidModelException(InvalidModelException.Subject.FILE,
                    "has " + inputs.size() + " inputs; one float tensor [rows, features] is expected");
        }
        NodeInfo only = inputs.values().iterator().next();
        if (!(only.getInfo() instanceof TensorInfo tensor) || tensor.type != OnnxJavaType.FLOAT
                || tensor.getShape().length != 2) {
            throw new InvalidModelException(InvalidModelException.Subject.FILE,
                    "input '" + only.getName() + "' is not a float tensor [rows, features]");
        }
        long taken = tensor.getShape()[1];
        if (taken >= 0 && taken != features) {
            throw new InvalidModelException(InvalidModelException.Subject.FEATURE_NAMES,
                    "the model takes " + taken + " features, " + features + " are named");
        }
        return only.getName();
    }

    private static String probabilityOutput(OrtSession session) throws OrtException, InvalidModelException {
        return session.getOutputInfo().values().stream()
                .filter(node -> node.getInfo() instanceof TensorInfo tensor && tensor.type == OnnxJavaType.FLOAT)
                .map(NodeInfo::getName)
                .findFirst()
                .orElseThrow(() -> new InvalidModelException(InvalidModelException.Subject.FILE,
                        "has no float output to read a probability from"));
    }

    private static void checkStoredNames(OrtSession session, List<String> featureNames)
            throws OrtException, InvalidModelException {
        Optional<String> stored = session.getMetadata().getCustomMetadataValue(FEATURE_NAMES_KEY);
        if (stored.isPresent() && !Arrays.asList(stored.get().split(",")).equals(featureNames)) {
            throw new InvalidModelException(InvalidModelException.Subject.FEATURE_NAMES,
                    "differ from the feature names stored in the model's metadata: " + stored.get());
        }
    }

    @Override
    public List<String> featureNames() {
        return featureNames;
    }

    @Override
    public float[] score(float[] rows, int rowCount) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, FloatBuffer.wrap(rows),
                new long[] { rowCount, featureNames.size() });
                OrtSession.Result result = session.run(Map.of(input, tensor), Set.of(output))) {
            return probabilities(result.get(0).getValue(), rowCount);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot score " + rowCount + " rows: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<float[][]> contributions(float[] rows, int rowCount) {
        return Optional.empty();
    }

    private static float[] probabilities(Object value, int rowCount) {
        if (value instanceof float[] flat && flat.length == rowCount) {
            return flat;
        }
        if (value instanceof float[][] columns && columns.length == rowCount
                && (rowCount == 0 || columns[0].length == 1 || columns[0].length == 2)) {
            float[] scores = new float[rowCount];
            for (int row = 0; row < rowCount; row++) {
                scores[row] = columns[row][columns[row].length - 1];
            }
            return scores;
        }
        throw new IllegalStateException("the model's output is not one probability per row");
    }

    @Override
    public void close() {
        closeQuietly(session);
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot release a session", e);
        }
    }
}
