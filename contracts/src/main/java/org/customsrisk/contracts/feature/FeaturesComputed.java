package org.customsrisk.contracts.feature;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code features.computed}: the point-in-time feature vectors of every goods item of one revision
 * of a declaration. {@code schemaVersion} names the feature schema (ordered feature names and
 * meanings, served by feature-service at {@code /api/feature-schemas/<version>}) the values follow.
 */
public record FeaturesComputed(
        String tenant,
        String declarationId,
        int revision,
        LocalDate acceptanceDate,
        int schemaVersion,
        List<ItemFeatures> items,
        Instant computedAt) {
}
