package org.customsrisk.ingestion.declaration;

import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;

/** The event payload of a submission: the contract other services read. */
final class DeclarationEvents {

    private DeclarationEvents() {
    }

    static DeclarationPayload payloadOf(DeclarationSubmission submission) {
        return new DeclarationPayload(submission.declarationId(), submission.acceptanceDate(),
                submission.customsOfficeCode(), submission.importerId(), submission.declarantId(),
                submission.sellerId(), submission.courierId(), submission.countryOfDeparture(),
                submission.modeOfTransport(), submission.processType(), submission.importType(),
                submission.importUse(), submission.paymentType(),
                submission.goodsItems().stream().map(DeclarationEvents::payloadOf).toList());
    }

    private static GoodsItemPayload payloadOf(GoodsItemSubmission item) {
        return new GoodsItemPayload(item.itemNumber(), item.hsCode(), item.description(), item.countryOfOrigin(),
                item.originIndicator(), item.quantity(), item.quantityUnit(), item.grossMassKg(), item.netMassKg(),
                item.fobValue(), item.cifValue(), item.currency(), item.taxRate(), item.taxType(), item.dutyAndTaxes());
    }
}
