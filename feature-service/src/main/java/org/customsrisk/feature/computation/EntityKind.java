package org.customsrisk.feature.computation;

import java.util.function.BiFunction;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;

/**
 * The entities (and pairs of entities) whose inspection history is a risk profile. The key of a
 * goods item is null where the declaration does not name the entity; such an item has no profile.
 */
public enum EntityKind {
    IMPORTER("importer", (declaration, item) -> key(declaration.importerId())),
    DECLARANT("declarant", (declaration, item) -> key(declaration.declarantId())),
    SELLER("seller", (declaration, item) -> key(declaration.sellerId())),
    HS6("hs6", (declaration, item) -> HsCode.subheadingKey(item.hsCode())),
    ORIGIN("origin", (declaration, item) -> key(item.countryOfOrigin())),
    OFFICE("office", (declaration, item) -> key(declaration.customsOfficeCode())),
    IMPORTER_HS6("importer_hs6", (declaration, item) -> pair(IMPORTER, HS6, declaration, item)),
    HS6_ORIGIN("hs6_origin", (declaration, item) -> pair(HS6, ORIGIN, declaration, item)),
    OFFICE_HS6("office_hs6", (declaration, item) -> pair(OFFICE, HS6, declaration, item));

    private final String featureName;
    private final BiFunction<DeclarationPayload, GoodsItemPayload, String> key;

    EntityKind(String featureName, BiFunction<DeclarationPayload, GoodsItemPayload, String> key) {
        this.featureName = featureName;
        this.key = key;
    }

    /** The prefix of this profile's feature names, e.g. {@code importer_hs6}. */
    public String featureName() {
        return featureName;
    }

    public String keyOf(DeclarationPayload declaration, GoodsItemPayload item) {
        return key.apply(declaration, item);
    }

    static String key(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String pair(EntityKind first, EntityKind second, DeclarationPayload declaration,
            GoodsItemPayload item) {
        String a = first.keyOf(declaration, item);
        String b = second.keyOf(declaration, item);
        return a == null || b == null ? null : a + "|" + b;
    }
}
