package org.customsrisk.feature.computation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;

/** Small hand-made declarations for exact expectations. */
public final class Fixtures {

    private Fixtures() {
    }

    public static DeclarationPayload declaration(String id, LocalDate accepted, String importer, GoodsItemPayload... items) {
        return new DeclarationPayload(id, accepted, "OFF1", importer, "DECL-1", null, null, "CN", "1", "B", "11",
                "21", "11", List.of(items));
    }

    /** A goods item of HS 8471.30 with the given origin, CIF value and quantity. */
    public static GoodsItemPayload item(int number, String origin, String cif, String quantity) {
        return new GoodsItemPayload(number, "8471300000", "laptops", origin, "G", decimal(quantity), "NAR",
                new BigDecimal("12.5"), new BigDecimal("10"), null, decimal(cif), "USD", new BigDecimal("8"), "A",
                null);
    }

    public static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
