package org.customsrisk.models.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The trees of an XGBoost model, walked in Java to attribute a row's margin to its features along
 * the path it takes (Saabas; XGBoost's {@code approx_contribs}): at every split, the change of the
 * expected value of the subtree goes to the feature split on. The contributions and the bias sum
 * to the margin exactly, in O(trees x depth) per row, where exact TreeSHAP costs O(trees x leaves
 * x depth squared); see docs/adr/0010-reasons-from-tree-paths.md.
 */
final class TreePaths {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Tree[] trees;
    private final int width;
    private final double baseMargin;

    private TreePaths(Tree[] trees, int width, double baseMargin) {
        this.trees = trees;
        this.width = width;
        this.baseMargin = baseMargin;
    }

    /**
     * The trees of a model saved as XGBoost JSON, or empty for what a path cannot explain: another
     * booster than gbtree, several targets or classes, categorical splits, vector leaves.
     *
     * @param marginOfMissingRow the model's margin for a row whose every value is missing: its
     *        intercept (base score) plus what its trees give that row
     */
    static Optional<TreePaths> of(byte[] modelJson, int width, double marginOfMissingRow) throws IOException {
        JsonNode learner = JSON.readTree(modelJson).path("learner");
        JsonNode booster = learner.path("gradient_booster");
        JsonNode parameters = learner.path("learner_model_param");
        boolean scalar = "gbtree".equals(booster.path("name").asText())
                && parameters.path("num_target").asInt(1) == 1 && parameters.path("num_class").asInt(0) <= 1;
        if (!scalar) {
            return Optional.empty();
        }
        JsonNode treesJson = booster.path("model").path("trees");
        Tree[] trees = new Tree[treesJson.size()];
        for (int index = 0; index < trees.length; index++) {
            Optional<Tree> tree = Tree.of(treesJson.get(index));
            if (tree.isEmpty()) {
                return Optional.empty();
            }
            trees[index] = tree.get();
        }
        float[] missing = new float[width];
        Arrays.fill(missing, Float.NaN);
        double treesOfMissing = 0;
        for (Tree tree : trees) {
            treesOfMissing += tree.leafValue(missing);
        }
        return Optional.of(new TreePaths(trees, width, marginOfMissingRow - treesOfMissing));
    }

    /**
     * The contribution of each feature of row {@code row} of {@code rows} to its margin, in the
     * order of the row's values, followed by the bias.
     */
    float[] contributions(float[] rows, int row) {
        double[] sums = new double[width + 1];
        sums[width] = baseMargin;
        int offset = row * width;
        for (Tree tree : trees) {
            tree.attribute(rows, offset, sums);
        }
        float[] contributions = new float[width + 1];
        for (int feature = 0; feature <= width; feature++) {
            contributions[feature] = (float) sums[feature];
        }
        return contributions;
    }

    /** One tree in XGBoost's arrays: node i splits on feature[i] at threshold[i], or is a leaf. */
    private record Tree(int[] left, int[] right, boolean[] defaultLeft, int[] feature, float[] threshold,
            double[] expected) {

        static Optional<Tree> of(JsonNode tree) {
            if (tree.path("tree_param").path("size_leaf_vector").asInt(1) > 1 || !tree.path("categories").isEmpty()) {
                return Optional.empty();
            }
            int nodes = tree.path("left_children").size();
            int[] left = new int[nodes];
            int[] right = new int[nodes];
            boolean[] defaultLeft = new boolean[nodes];
            int[] feature = new int[nodes];
            float[] threshold = new float[nodes];
            double[] hessian = new double[nodes];
            for (int node = 0; node < nodes; node++) {
                if (tree.path("split_type").path(node).asInt(0) != 0) {
                    return Optional.empty();
                }
                left[node] = tree.get("left_children").get(node).asInt();
                right[node] = tree.get("right_children").get(node).asInt();
                defaultLeft[node] = tree.get("default_left").get(node).asInt() != 0;
                feature[node] = tree.get("split_indices").get(node).asInt();
                threshold[node] = (float) tree.get("split_conditions").get(node).asDouble();
                hessian[node] = tree.get("sum_hessian").get(node).asDouble();
            }
            double[] expected = new double[nodes];
            fillExpected(0, left, right, threshold, hessian, expected);
            return Optional.of(new Tree(left, right, defaultLeft, feature, threshold, expected));
        }

        /** A leaf's value, or the hessian-weighted mean of its children's expected values. */
        private static double fillExpected(int node, int[] left, int[] right, float[] threshold, double[] hessian,
                double[] expected) {
            if (left[node] < 0) {
                expected[node] = threshold[node];
            } else {
                double leftValue = fillExpected(left[node], left, right, threshold, hessian, expected);
                double rightValue = fillExpected(right[node], left, right, threshold, hessian, expected);
                expected[node] = (leftValue * hessian[left[node]] + rightValue * hessian[right[node]]) / hessian[node];
            }
            return expected[node];
        }

        private int next(int node, float value) {
            if (Float.isNaN(value)) {
                return defaultLeft[node] ? left[node] : right[node];
            }
            return value < threshold[node] ? left[node] : right[node];
        }

        double leafValue(float[] row) {
            int node = 0;
            while (left[node] >= 0) {
                node = next(node, row[feature[node]]);
            }
            return threshold[node];
        }

        void attribute(float[] rows, int offset, double[] sums) {
            int node = 0;
            sums[sums.length - 1] += expected[0];
            while (left[node] >= 0) {
                int child = next(node, rows[offset + feature[node]]);
                sums[feature[node]] += expected[child] - expected[node];
                node = child;
            }
        }
    }
}
