package org.customsrisk.ingestion.declaration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.customsrisk.common.problem.ResourceNotFoundException;

@ApplicationScoped
public class DeclarationService {

    private final DeclarationWriter writer;
    private final DeclarationRepository declarations;
    private final DeclarationRevisionRepository revisions;
    private final GoodsItemRepository goodsItems;

    DeclarationService(DeclarationWriter writer, DeclarationRepository declarations,
            DeclarationRevisionRepository revisions, GoodsItemRepository goodsItems) {
        this.writer = writer;
        this.declarations = declarations;
        this.revisions = revisions;
        this.goodsItems = goodsItems;
    }

    @Transactional
    public List<StoredDeclaration> submit(Provenance provenance, List<DeclarationSubmission> submissions) {
        return writer.write(provenance, submissions);
    }

    @Transactional
    public DeclarationView find(String tenant, String declarationId, Optional<Integer> revision) {
        DeclarationHead head = declarations.findCurrent(tenant, declarationId)
                .orElseThrow(() -> new ResourceNotFoundException("declaration", declarationId));
        int shown = revision.orElse(head.currentRevision);
        DeclarationRevision stored = revisions.find(tenant, declarationId, shown)
                .filter(found -> found.revision <= head.currentRevision)
                .orElseThrow(() -> new ResourceNotFoundException("revision " + shown + " of declaration", declarationId));
        List<GoodsItemSubmission> items = goodsItems.listOf(tenant, declarationId, shown).stream()
                .map(item -> new GoodsItemSubmission(item.itemNumber, item.hsCode, item.description,
                        item.countryOfOrigin, item.originIndicator, item.quantity, item.quantityUnit,
                        item.grossMassKg, item.netMassKg, item.fobValue, item.cifValue, item.currency, item.taxRate,
                        item.taxType, item.dutyAndTaxes))
                .toList();
        DeclarationSubmission declaration = new DeclarationSubmission(stored.declarationId, stored.acceptanceDate,
                stored.customsOfficeCode, stored.importerId, stored.declarantId, stored.sellerId, stored.courierId,
                stored.countryOfDeparture, stored.modeOfTransport, stored.processType, stored.importType,
                stored.importUse, stored.paymentType, items);
        return new DeclarationView(declarationId, shown, head.currentRevision, stored.receivedAt, stored.receivedBy,
                stored.source, declaration);
    }

    @Transactional
    public DeclarationPage search(String tenant, DeclarationSearch search) {
        DeclarationCursor after = search.cursor == null ? null
                : DeclarationCursor.parse(search.cursor).orElseThrow();
        List<DeclarationHead> found = declarations.search(tenant, search, after, search.limit + 1);
        List<DeclarationHead> page = found.subList(0, Math.min(search.limit, found.size()));
        String next = null;
        if (found.size() > search.limit) {
            DeclarationHead last = page.get(page.size() - 1);
            next = new DeclarationCursor(last.acceptanceDate, last.declarationId).encode();
        }
        return new DeclarationPage(page.stream().map(DeclarationSummary::of).toList(), next);
    }
}
