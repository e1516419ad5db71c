package org.customsrisk.feature.computation;

import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;

/** The groups a goods item's price is compared within: its HS subheading, and that subheading from its origin. */
public enum PriceKind {
    HS6("hs6", EntityKind.HS6),
    HS6_ORIGIN("hs6_origin", EntityKind.HS6_ORIGIN);

    private final String featureName;
    private final EntityKind group;

    PriceKind(String featureName, EntityKind group) {
        this.featureName = featureName;
        this.group = group;
    }

    public String featureName() {
        return featureName;
    }

    public String keyOf(DeclarationPayload declaration, GoodsItemPayload item) {
        return group.keyOf(declaration, item);
    }
}
