package org.customsrisk.feature.vector;

import java.time.Instant;
import java.util.List;
import org.customsrisk.contracts.feature.ItemFeatures;

/** The stored vectors of the latest revision of a declaration, with the ordered names of their schema. */
public record DeclarationFeaturesView(String declarationId, int revision, int schemaVersion,
        List<String> featureNames, Instant computedAt, List<ItemFeatures> items) {
}
