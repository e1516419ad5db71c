package org.customsrisk.contracts.feature;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.customsrisk.contracts.declaration.DeclarationPayload;

/**
 * {@code features.computed}: the point-in-time feature vectors of every goods item of one revision
 * of a declaration. {@code schemaVersion} names the feature schema (ordered feature names and
 * meanings, served by feature-service at {@code /api/feature-schemas/<version>}) the values follow.
 * The revision itself travels along, because the selectivity policy's mandatory rules (HS codes,
 * origins, traders, values) are about the declaration, not about its features.
 */
public record FeaturesComputed(
        String tenant,
        String declarationId,
        int revision,
        LocalDate acceptanceDate,
        int schemaVersion,
        List<ItemFeatures> items,
        Instant computedAt,
        DeclarationPayload declaration) {
}
