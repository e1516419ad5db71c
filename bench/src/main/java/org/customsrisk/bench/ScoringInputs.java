package org.customsrisk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scoring comparisons share: the tenant's PRODUCTION model, the declarations scored, and
 * the feature vectors feature-service computes for them (so a scorer given vectors scores exactly
 * what scoring-service scores).
 */
record ScoringInputs(ProductionModel model, Declarations declarations, List<float[]> rows, List<Integer> itemCounts) {

    static final int DECLARATIONS = 400;

    static ScoringInputs prepare(Platform platform) throws Exception {
        ProductionModel model = ProductionModel.fetch(platform, "kr");
        Declarations declarations = Declarations.kcsValid(DECLARATIONS);
        String token = platform.integratorToken("kr");
        String prefix = "V" + System.currentTimeMillis() + "-";
        int width = model.featureNames().size();
        List<float[]> rows = new ArrayList<>();
        List<Integer> itemCounts = new ArrayList<>();
        for (int index = 0; index < declarations.size(); index++) {
            HttpResponse<String> response = platform.send(Platform.postJson(Platform.FEATURES + "/api/features/compute",
                    token, declarations.declaration(index, prefix + index)));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("feature-service answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode computed = Platform.JSON.readTree(response.body());
            if (computed.get("schemaVersion").asInt() != model.featureSchemaVersion()) {
                throw new IllegalStateException("feature-service computes schema version "
                        + computed.get("schemaVersion").asInt() + ", " + model.label() + " takes version "
                        + model.featureSchemaVersion());
            }
            JsonNode items = computed.get("items");
            float[] values = new float[items.size() * width];
            for (int item = 0; item < items.size(); item++) {
                JsonNode vector = items.get(item).get("values");
                if (vector.size() != width) {
                    throw new IllegalStateException("a vector has " + vector.size() + " values, the model takes " + width);
                }
                for (int column = 0; column < width; column++) {
                    JsonNode value = vector.get(column);
                    values[item * width + column] = value.isNull() ? Float.NaN : value.floatValue();
                }
            }
            rows.add(values);
            itemCounts.add(items.size());
        }
        return new ScoringInputs(model, declarations, List.copyOf(rows), List.copyOf(itemCounts));
    }

    /** The body of the Python scorer's POST /score for declaration {@code index % size}. */
    ObjectNode pythonBody(long index) {
        int position = (int) (index % rows.size());
        float[] values = rows.get(position);
        int width = model.featureNames().size();
        ObjectNode body = Platform.JSON.createObjectNode();
        ArrayNode items = body.putArray("items");
        for (int item = 0; item < itemCounts.get(position); item++) {
            ArrayNode vector = items.addArray();
            for (int column = 0; column < width; column++) {
                float value = values[item * width + column];
                if (Float.isNaN(value)) {
                    vector.addNull();
                } else {
                    vector.add(value);
                }
            }
        }
        return body;
    }
}
