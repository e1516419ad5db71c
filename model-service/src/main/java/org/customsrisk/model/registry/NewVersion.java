package org.customsrisk.model.registry;

import java.util.List;
import java.util.Map;
import org.customsrisk.contracts.model.ModelFormat;

/** Everything a version is registered with besides its number, stage and artifact location. */
public record NewVersion(ModelFormat format, int featureSchemaVersion, List<String> featureNames,
        Map<String, Object> training, Map<String, Object> hyperParameters, Map<String, Object> metrics,
        String description, Map<String, String> tags) {
}
