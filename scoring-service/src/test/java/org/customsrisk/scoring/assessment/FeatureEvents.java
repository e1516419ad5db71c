package org.customsrisk.scoring.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;
import org.customsrisk.contracts.feature.FeaturesComputed;
import org.customsrisk.contracts.feature.ItemFeatures;

/** features.computed events as feature-service publishes them, for a declaration of one goods item. */
public final class FeatureEvents {

    private FeatureEvents() {
    }

    public static FeaturesComputed of(String tenant, String declarationId, String hsCode, float[] vector) {
        return of(tenant, declarationId, hsCode, vector, LocalDate.of(2024, 3, 18), "030");
    }

    public static FeaturesComputed of(String tenant, String declarationId, String hsCode, float[] vector,
            LocalDate acceptanceDate, String office) {
        List<Double> values = new ArrayList<>();
        for (float value : vector) {
            values.add((double) value);
        }
        DeclarationPayload declaration = new DeclarationPayload(declarationId, acceptanceDate, office,
                "IMP-1", "DEC-1", null, null, "CN", "40", null, null, null, null,
                List.of(new GoodsItemPayload(1, hsCode, null, "CN", null, null, null, null, BigDecimal.TEN, null,
                        BigDecimal.valueOf(1000), "USD", null, null, null)));
        return new FeaturesComputed(tenant, declarationId, 1, declaration.acceptanceDate(), 1,
                List.of(new ItemFeatures(1, values)), Instant.now(), declaration);
    }
}
