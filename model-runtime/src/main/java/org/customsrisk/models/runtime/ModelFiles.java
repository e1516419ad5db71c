package org.customsrisk.models.runtime;

import java.util.List;
import org.customsrisk.contracts.model.ModelFormat;

/** Loads model files of every format the platform scores. */
public final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * A file offered for registration: it must load, take exactly the features named, and answer a
     * probability for a probe row of zeros.
     */
    public static void check(ModelFormat format, byte[] file, List<String> featureNames) throws InvalidModelException {
        try (ScoringModel model = open(format, file, featureNames)) {
            float probe;
            try {
                probe = model.score(new float[featureNames.size()], 1)[0];
            } catch (RuntimeException e) {
                throw new InvalidModelException(InvalidModelException.Subject.FILE,
                        "cannot score a row of " + featureNames.size() + " features: " + e.getMessage());
            }
            if (!(probe >= 0 && probe <= 1)) {
                throw new InvalidModelException(InvalidModelException.Subject.FILE,
                        "does not answer a probability: it scored a probe row of zeros " + probe);
            }
        }
    }

    /** The file name of the artifact: what XGBoost or ONNX tools expect to find. */
    public static String fileName(ModelFormat format, byte[] file) {
        if (format == ModelFormat.ONNX) {
            return "model.onnx";
        }
        return isJson(file) ? "model.json" : "model.ubj";
    }

    /** UBJ objects start with '{' too, but are followed by a type marker, not by a quote or white space. */
    private static boolean isJson(byte[] file) {
        int position = 0;
        while (position < file.length && Character.isWhitespace(file[position])) {
            position++;
        }
        return position + 1 < file.length && file[position] == '{'
                && (file[position + 1] == '"' || Character.isWhitespace(file[position + 1]));
    }

    /** Loads a model file; the caller closes the model. */
    public static ScoringModel open(ModelFormat format, byte[] file, List<String> featureNames)
            throws InvalidModelException {
        return switch (format) {
            case XGBOOST -> XgboostScoringModel.load(file, featureNames);
            case ONNX -> OnnxScoringModel.load(file, featureNames);
        };
    }
}
