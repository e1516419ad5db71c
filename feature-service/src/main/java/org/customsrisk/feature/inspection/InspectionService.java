package org.customsrisk.feature.inspection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.customsrisk.contracts.inspection.InspectionRecorded;
import org.customsrisk.feature.computation.HistoryFacts;
import org.customsrisk.feature.history.HistoryChange;
import org.customsrisk.feature.history.HistoryRepository;
import org.customsrisk.feature.history.ProfileCache;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Inspection results into the profiles: the latest version of each result is kept, and the label
 * facts of its declaration are derived again from its current revision and results. A result whose
 * declaration has not arrived yet is kept and counted when the declaration arrives.
 */
@ApplicationScoped
public class InspectionService {

    private final HistoryRepository history;
    private final ProfileCache profiles;

    InspectionService(HistoryRepository history, ProfileCache profiles) {
        this.history = history;
        this.profiles = profiles;
    }

    /** Keeps a newer version of a result; a redelivery or an older version changes nothing. */
    @Retry(maxRetries = 3, delay = 500, delayUnit = ChronoUnit.MILLIS, jitter = 250)
    public void record(InspectionRecorded result) {
        profiles.apply(QuarkusTransaction.requiringNew().call(() -> store(result)));
    }

    private HistoryChange store(InspectionRecorded result) {
        history.lock(result.tenant(), result.declarationId());
        var stored = history.inspectionVersion(result.tenant(), result.declarationId(), result.itemNumber());
        if (stored.isPresent() && stored.get() >= result.version()) {
            return HistoryChange.none(result.tenant());
        }
        history.saveInspection(result);
        return history.declaration(result.tenant(), result.declarationId()).map(declaration -> {
            var labels = HistoryFacts.labels(declaration.payload(), HistoryFacts.labelsByItem(declaration.payload(),
                    history.inspectionResults(result.tenant(), result.declarationId())));
            var former = history.replaceLabelFacts(result.tenant(), result.declarationId(), labels);
            return new HistoryChange(result.tenant(), history.transactionId(), HistoryChange.Facts.ofLabels(former),
                    HistoryChange.Facts.ofLabels(labels));
        }).orElse(HistoryChange.none(result.tenant()));
    }
}
