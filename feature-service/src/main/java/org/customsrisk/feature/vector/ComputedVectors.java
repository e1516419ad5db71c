package org.customsrisk.feature.vector;

import java.util.List;
import org.customsrisk.contracts.feature.ItemFeatures;

/** The vectors of a declaration computed on request, of one feature schema version. */
public record ComputedVectors(String declarationId, int schemaVersion, List<ItemFeatures> items) {
}
