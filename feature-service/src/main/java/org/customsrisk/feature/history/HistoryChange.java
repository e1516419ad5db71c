package org.customsrisk.feature.history;

import java.util.List;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.feature.computation.HistoryFacts;

/**
 * What one committed transaction changed in a tenant's history: the facts of a declaration it took
 * back and those it stored instead, and the id of the transaction, so that a timeline read after the
 * commit is not changed a second time.
 */
public record HistoryChange(String tenant, long transactionId, Facts removed, Facts added) {

    /** Facts of one declaration. */
    public record Facts(List<HistoryFacts.LabelFact> labels, List<HistoryFacts.PriceFact> prices,
            List<HistoryFacts.Lodgement> lodgements) {

        static final Facts NONE = new Facts(List.of(), List.of(), List.of());

        /** Every fact of a declaration's revision (none for null) with the given label facts. */
        public static Facts of(DeclarationPayload declaration, List<HistoryFacts.LabelFact> labels) {
            return declaration == null ? ofLabels(labels)
                    : new Facts(List.copyOf(labels), HistoryFacts.prices(declaration), HistoryFacts.lodgements(declaration));
        }

        public static Facts ofLabels(List<HistoryFacts.LabelFact> labels) {
            return new Facts(List.copyOf(labels), List.of(), List.of());
        }
    }

    public static HistoryChange none(String tenant) {
        return new HistoryChange(tenant, 0, Facts.NONE, Facts.NONE);
    }

    public boolean isEmpty() {
        return removed.equals(Facts.NONE) && added.equals(Facts.NONE);
    }
}
