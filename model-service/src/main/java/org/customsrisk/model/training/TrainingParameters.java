package org.customsrisk.model.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.problem.Problem;

/**
 * The parameters a model manager may set, with their ranges and defaults; the objective (binary
 * logistic) and the tree method are the platform's. The result is what XGBoost is given, plus
 * {@code rounds}.
 */
final class TrainingParameters {

    static final String ROUNDS = "rounds";

    private record Range(double min, double max, Number byDefault, boolean integral) {
    }

    private static final Map<String, Range> SETTABLE = Map.of(
            ROUNDS, new Range(1, 5000, 200, true),
            "max_depth", new Range(1, 16, 6, true),
            "eta", new Range(0.001, 1, 0.1, false),
            "subsample", new Range(0.1, 1, 1.0, false),
            "colsample_bytree", new Range(0.1, 1, 1.0, false),
            "min_child_weight", new Range(0, 1000, 1.0, false),
            "scale_pos_weight", new Range(0.01, 1000, 1.0, false),
            "lambda", new Range(0, 1000, 1.0, false),
            "alpha", new Range(0, 1000, 0.0, false),
            "seed", new Range(0, Integer.MAX_VALUE, 0, true));

    private TrainingParameters() {
    }

    static Map<String, Object> resolve(Map<String, Object> given) {
        Map<String, Object> requested = given == null ? Map.of() : given;
        List<Problem.Violation> violations = new ArrayList<>();
        for (String name : requested.keySet()) {
            if (!SETTABLE.containsKey(name)) {
                violations.add(new Problem.Violation("parameters." + name, "is not a parameter that can be set; these can: "
                        + new java.util.TreeSet<>(SETTABLE.keySet())));
            }
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        resolved.put("objective", "binary:logistic");
        resolved.put("tree_method", "hist");
        new java.util.TreeMap<>(SETTABLE).forEach((name, range) -> {
            Object value = requested.getOrDefault(name, range.byDefault());
            if (!(value instanceof Number number) || number.doubleValue() < range.min() || number.doubleValue() > range.max()
                    || (range.integral() && number.doubleValue() != Math.rint(number.doubleValue()))) {
                violations.add(new Problem.Violation("parameters." + name, "must be " + (range.integral() ? "an integer" : "a number")
                        + " from " + format(range.min()) + " to " + format(range.max())));
                return;
            }
            resolved.put(name, range.integral() ? (Object) number.intValue() : (Object) number.doubleValue());
        });
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("The training parameters are not valid; see violations.", violations);
        }
        return resolved;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
