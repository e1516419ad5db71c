package org.customsrisk.feature.vector;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.contracts.declaration.DeclarationIngested;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.feature.FeaturesComputed;
import org.customsrisk.contracts.feature.ItemFeatures;
import org.customsrisk.feature.computation.FeatureCalculator;
import org.customsrisk.feature.computation.FeatureSchema;
import org.customsrisk.feature.computation.HistoryFacts;
import org.customsrisk.feature.history.HistoryChange;
import org.customsrisk.feature.history.HistoryRepository;
import org.customsrisk.feature.history.ProfileCache;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Feature vectors of declarations: computed once per revision from the history before it, stored
 * and announced; or computed for a payload that is not stored, from the same history in memory.
 */
@ApplicationScoped
public class FeatureVectorService {

    /** What a delivery of declaration.ingested leads to: the vectors to announce (none for a stale revision). */
    private record Outcome(Optional<FeaturesComputed> features, HistoryChange change) {
    }

    private static final FeatureSchema SCHEMA = FeatureSchema.CURRENT;

    private final HistoryRepository history;
    private final FeatureVectorRepository vectors;
    private final ProfileCache profiles;
    private final FeaturesPublisher publisher;

    FeatureVectorService(HistoryRepository history, FeatureVectorRepository vectors, ProfileCache profiles,
            FeaturesPublisher publisher) {
        this.history = history;
        this.vectors = vectors;
        this.profiles = profiles;
        this.publisher = publisher;
    }

    /**
     * Stores a revision and its vectors once, whatever the number of deliveries, and announces them
     * (again, with the same event id, on a redelivery). An older revision than the stored one changes
     * nothing. Transient failures are retried with back-off before the message is dead-lettered.
     */
    @Retry(maxRetries = 3, delay = 500, delayUnit = ChronoUnit.MILLIS, jitter = 250)
    public void ingestAndAnnounce(DeclarationIngested event, String traceparent) {
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> ingest(event));
        profiles.apply(outcome.change());
        outcome.features().ifPresent(features -> publisher.publish(features, traceparent));
    }

    private Outcome ingest(DeclarationIngested event) {
        String tenant = event.tenant();
        DeclarationPayload declaration = event.declaration();
        history.lock(tenant, event.declarationId());
        Optional<HistoryRepository.StoredDeclaration> stored = history.declaration(tenant, event.declarationId());
        if (stored.isPresent() && stored.get().revision() > event.revision()) {
            return new Outcome(Optional.empty(), HistoryChange.none(tenant));
        }
        if (stored.isPresent() && stored.get().revision() == event.revision()) {
            return new Outcome(vectors.latest(tenant, event.declarationId(), SCHEMA.version())
                    .map(existing -> announcement(tenant, stored.get().payload(), existing.revision(), existing.items(),
                            existing.computedAt())), HistoryChange.none(tenant));
        }
        List<ItemFeatures> items = FeatureCalculator.compute(declaration, profiles.of(tenant));
        Instant computedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        history.saveDeclaration(tenant, event.revision(), declaration, event.receivedAt());
        var labels = HistoryFacts.labels(declaration,
                HistoryFacts.labelsByItem(declaration, history.inspectionResults(tenant, event.declarationId())));
        var former = history.replaceLabelFacts(tenant, event.declarationId(), labels);
        vectors.replace(tenant, event.declarationId(), event.revision(), SCHEMA.version(), computedAt, items);
        HistoryChange change = new HistoryChange(tenant, history.transactionId(),
                HistoryChange.Facts.of(stored.map(HistoryRepository.StoredDeclaration::payload).orElse(null), former),
                HistoryChange.Facts.of(declaration, labels));
        return new Outcome(Optional.of(announcement(tenant, declaration, event.revision(), items, computedAt)), change);
    }

    private static FeaturesComputed announcement(String tenant, DeclarationPayload declaration, int revision,
            List<ItemFeatures> items, Instant computedAt) {
        return new FeaturesComputed(tenant, declaration.declarationId(), revision, declaration.acceptanceDate(),
                SCHEMA.version(), items, computedAt, declaration);
    }

    /** The vectors of a declaration that is not stored, from the tenant's history as committed now. */
    public List<ItemFeatures> compute(String tenant, DeclarationPayload declaration) {
        return FeatureCalculator.compute(declaration, profiles.of(tenant));
    }

    /** The stored vectors of the latest revision of a declaration of the tenant. */
    public FeatureVectorRepository.StoredVectors latest(String tenant, String declarationId) {
        return vectors.latest(tenant, declarationId, SCHEMA.version())
                .orElseThrow(() -> new ResourceNotFoundException("feature vectors of declaration", declarationId));
    }
}
