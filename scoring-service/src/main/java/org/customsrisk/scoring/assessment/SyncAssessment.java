package org.customsrisk.scoring.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The synchronous assessment a clearance system waits for: features from feature-service within
 * the deadline, scored in memory, stored for the revision. The features.computed event of the same
 * revision, when it arrives, finds it and announces it unchanged.
 */
@ApplicationScoped
public class SyncAssessment {

    private static final Logger LOG = Logger.getLogger(SyncAssessment.class);

    private final FeatureServiceClient features;
    private final Assessor assessor;
    private final AssessmentRepository assessments;
    private final SyncConfig config;

    SyncAssessment(@RestClient FeatureServiceClient features, Assessor assessor, AssessmentRepository assessments,
            SyncConfig config) {
        this.features = features;
        this.assessor = assessor;
        this.assessments = assessments;
        this.config = config;
    }

    public AssessmentView assess(String tenant, int revision, DeclarationPayload declaration) {
        Assessment.Key key = new Assessment.Key(tenant, declaration.declarationId(), revision);
        Assessment stored = QuarkusTransaction.requiringNew().call(() -> assessments.findById(key));
        if (stored != null) {
            return AssessmentView.of(stored);
        }
        FeatureVectors vectors = null;
        String missing = null;
        try {
            FeatureServiceClient.ComputedVectors computed = features.compute(declaration)
                    .await().atMost(config.deadline());
            vectors = new FeatureVectors(computed.schemaVersion(), computed.items());
        } catch (io.smallrye.mutiny.TimeoutException e) {
            missing = "feature-service did not answer within the deadline of " + config.deadline().toMillis() + " ms";
        } catch (RuntimeException e) {
            LOG.warnf("Features of %s unavailable, rules answer alone: %s", declaration.declarationId(), e.getMessage());
            missing = "feature-service could not compute the features";
        }
        Assessment assessment = assessor.assess(tenant, revision, declaration, vectors, missing);
        try {
            QuarkusTransaction.requiringNew().run(() -> assessments.persistAndFlush(assessment));
            return AssessmentView.of(assessment);
        } catch (PersistenceException e) {
            return AssessmentView.of(QuarkusTransaction.requiringNew().call(() -> assessments.findById(key)));
        }
    }
}
