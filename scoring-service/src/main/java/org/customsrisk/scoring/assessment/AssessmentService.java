package org.customsrisk.scoring.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.contracts.feature.FeaturesComputed;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * One assessment per revision of a declaration, whatever the number of deliveries: the stored one
 * is answered (and announced again) when it exists. Transient failures are retried with back-off
 * before the message is given up to the dead-letter queue.
 */
@ApplicationScoped
public class AssessmentService {

    private final Assessor assessor;
    private final AssessmentRepository assessments;
    private final ScoredPublisher publisher;

    AssessmentService(Assessor assessor, AssessmentRepository assessments, ScoredPublisher publisher) {
        this.assessor = assessor;
        this.assessments = assessments;
        this.publisher = publisher;
    }

    @Retry(maxRetries = 3, delay = 500, delayUnit = ChronoUnit.MILLIS, jitter = 250)
    public Assessment assessAndAnnounce(FeaturesComputed features, String traceparent) {
        Assessment assessment = storeOnce(features);
        publisher.publish(assessment, traceparent);
        return assessment;
    }

    private Assessment storeOnce(FeaturesComputed features) {
        Assessment.Key key = new Assessment.Key(features.tenant(), features.declarationId(), features.revision());
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Assessment existing = assessments.findById(key);
                if (existing != null) {
                    return existing;
                }
                Assessment assessment = assessor.assess(features.tenant(), features.revision(), features.declaration(),
                        new FeatureVectors(features.schemaVersion(), features.items()), null);
                assessments.persistAndFlush(assessment);
                return assessment;
            });
        } catch (PersistenceException e) {
            Assessment concurrent = QuarkusTransaction.requiringNew().call(() -> assessments.findById(key));
            if (concurrent == null) {
                throw e;
            }
            return concurrent;
        }
    }

    @Transactional
    public AssessmentView latest(String tenant, String declarationId) {
        return assessments.latest(tenant, declarationId).map(AssessmentView::of)
                .orElseThrow(() -> new ResourceNotFoundException("assessment of declaration", declarationId));
    }

    @Transactional
    public AssessmentView ofRevision(String tenant, String declarationId, int revision) {
        return assessments.findByIdOptional(new Assessment.Key(tenant, declarationId, revision)).map(AssessmentView::of)
                .orElseThrow(() -> new ResourceNotFoundException("assessment of revision " + revision
                        + " of declaration", declarationId));
    }
}
