package org.customsrisk.scoring.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.customsrisk.contracts.model.ModelPromoted;
import org.customsrisk.contracts.model.ModelStage;

/**
 * Keeps the deployment table in step with model.promoted. Idempotent and order-proof: an
 * announcement older than the recorded one of its stage changes nothing, so redeliveries and
 * reorderings are harmless. A version promoted from STAGING to PRODUCTION leaves STAGING.
 */
@ApplicationScoped
public class DeploymentRecorder {

    private final DeploymentRepository deployments;

    DeploymentRecorder(DeploymentRepository deployments) {
        this.deployments = deployments;
    }

    @Transactional
    public void record(ModelPromoted promoted) {
        Deployment announced = Deployment.of(promoted);
        Deployment current = deployments.findById(new Deployment.Key(promoted.tenant(), promoted.stage()),
                LockModeType.PESSIMISTIC_WRITE);
        if (current == null) {
            deployments.persist(announced);
        } else if (!announced.promotedAt.isBefore(current.promotedAt)) {
            deployments.getEntityManager().merge(announced);
        }
        if (promoted.stage() == ModelStage.PRODUCTION) {
            Deployment staging = deployments.findById(new Deployment.Key(promoted.tenant(), ModelStage.STAGING));
            if (staging != null && staging.modelName.equals(promoted.modelName())
                    && staging.modelVersion == promoted.version()) {
                deployments.delete(staging);
            }
        }
    }

    @Transactional
    public List<Deployment> all() {
        return deployments.listAll();
    }
}
