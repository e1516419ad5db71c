package org.customsrisk.scoring.assessment;

import java.util.List;
import org.customsrisk.contracts.feature.ItemFeatures;

/** The feature vectors of a declaration's goods items, of one feature schema version. */
public record FeatureVectors(int schemaVersion, List<ItemFeatures> items) {
}
