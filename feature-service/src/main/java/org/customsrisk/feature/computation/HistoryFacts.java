package org.customsrisk.feature.computation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.declaration.GoodsItemPayload;

/**
 * What one declaration adds to its tenant's history: the prices of its goods items and, once
 * inspected, one label per goods item and profile. The database keeps exactly these facts and a
 * training set or test builds its in-memory history from the same ones.
 */
public final class HistoryFacts {

    /** A labelled goods item counted in one profile on its inspection date. */
    public record LabelFact(EntityKind kind, String key, LocalDate day, int itemNumber, boolean illicit,
            boolean withRevenue) {
    }

    /** A goods item's price counted in one price group on its declaration's acceptance date. */
    public record PriceFact(PriceKind kind, String key, LocalDate day, int itemNumber, double price) {
    }

    /** A declaration counted in its importer's lodgements on its acceptance date. */
    public record Lodgement(String importerId, LocalDate day) {
    }

    private HistoryFacts() {
    }

    /**
     * The label of every inspected goods item: its own result where there is one, otherwise the result
     * of the whole declaration. Items without either are absent.
     */
    public static Map<Integer, ItemLabel> labelsByItem(DeclarationPayload declaration,
            Collection<InspectionResult> results) {
        ItemLabel whole = null;
        Map<Integer, ItemLabel> ownLabels = new LinkedHashMap<>();
        for (InspectionResult result : results) {
            if (result.itemNumber() == null) {
                whole = result.label();
            } else {
                ownLabels.put(result.itemNumber(), result.label());
            }
        }
        Map<Integer, ItemLabel> labels = new LinkedHashMap<>();
        for (GoodsItemPayload item : declaration.goodsItems()) {
            ItemLabel label = ownLabels.getOrDefault(item.itemNumber(), whole);
            if (label != null) {
                labels.put(item.itemNumber(), label);
            }
        }
        return labels;
    }

    /**
     * The label facts of a declaration's inspected goods items. A result dated before its declaration's
     * acceptance is counted from the acceptance date: it cannot have been known earlier, and the
     * declaration's own features must never see it.
     */
    public static List<LabelFact> labels(DeclarationPayload declaration, Map<Integer, ItemLabel> labelsByItem) {
        List<LabelFact> facts = new ArrayList<>();
        for (GoodsItemPayload item : declaration.goodsItems()) {
            ItemLabel label = labelsByItem.get(item.itemNumber());
            if (label == null) {
                continue;
            }
            LocalDate day = label.inspectionDate().isBefore(declaration.acceptanceDate())
                    ? declaration.acceptanceDate() : label.inspectionDate();
            for (EntityKind kind : EntityKind.values()) {
                String key = kind.keyOf(declaration, item);
                if (key != null) {
                    facts.add(new LabelFact(kind, key, day, item.itemNumber(), label.illicit(),
                            label.recoveredRevenue()));
                }
            }
        }
        return facts;
    }

    /** The reference-price observations of a declaration: every goods item with a positive price. */
    public static List<PriceFact> prices(DeclarationPayload declaration) {
        List<PriceFact> facts = new ArrayList<>();
        for (GoodsItemPayload item : declaration.goodsItems()) {
            double price = ItemMeasures.of(item).price();
            if (!(price > 0)) {
                continue;
            }
            for (PriceKind kind : PriceKind.values()) {
                String key = kind.keyOf(declaration, item);
                if (key != null) {
                    facts.add(new PriceFact(kind, key, declaration.acceptanceDate(), item.itemNumber(), price));
                }
            }
        }
        return facts;
    }

    /** The lodgement a declaration counts as in the activity features: none without an importer. */
    public static List<Lodgement> lodgements(DeclarationPayload declaration) {
        String importer = importer(declaration);
        return importer == null ? List.of() : List.of(new Lodgement(importer, declaration.acceptanceDate()));
    }

    /** The importer a declaration counts for in the activity features, or null. */
    public static String importer(DeclarationPayload declaration) {
        return EntityKind.key(declaration.importerId());
    }
}
