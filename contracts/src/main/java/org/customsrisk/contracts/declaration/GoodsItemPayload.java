package org.customsrisk.contracts.declaration;

import java.math.BigDecimal;

/**
 * One goods item of a declaration, with the meaning of the WCO Data Model's goods item. Values are
 * in {@code currency} (ISO 4217); masses in kilograms; {@code taxRate} in percent.
 */
public record GoodsItemPayload(
        int itemNumber,
        String hsCode,
        String description,
        String countryOfOrigin,
        String originIndicator,
        BigDecimal quantity,
        String quantityUnit,
        BigDecimal grossMassKg,
        BigDecimal netMassKg,
        BigDecimal fobValue,
        BigDecimal cifValue,
        String currency,
        BigDecimal taxRate,
        String taxType,
        BigDecimal dutyAndTaxes) {
}
