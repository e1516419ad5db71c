package org.customsrisk.contracts.declaration;

import java.time.LocalDate;
import java.util.List;

/** A declaration as accepted: header and goods items. Countries are ISO 3166-1 alpha-2. */
public record DeclarationPayload(
        String declarationId,
        LocalDate acceptanceDate,
        String customsOfficeCode,
        String importerId,
        String declarantId,
        String sellerId,
        String courierId,
        String countryOfDeparture,
        String modeOfTransport,
        String processType,
        String importType,
        String importUse,
        String paymentType,
        List<GoodsItemPayload> goodsItems) {
}
