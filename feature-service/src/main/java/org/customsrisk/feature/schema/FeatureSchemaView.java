package org.customsrisk.feature.schema;

import java.util.List;
import org.customsrisk.feature.computation.FeatureSchema;

/** A feature schema version: its names in vector order, and what each one means. */
public record FeatureSchemaView(int version, List<String> featureNames, List<FeatureSchema.Feature> features) {

    static FeatureSchemaView of(FeatureSchema schema) {
        return new FeatureSchemaView(schema.version(), schema.names(), schema.features());
    }
}
