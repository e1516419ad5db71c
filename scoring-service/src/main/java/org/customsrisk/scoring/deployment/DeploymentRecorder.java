package org.customsrisk.scoring.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.customsrisk.contracts.model.ModelPromoted;
import org.customsrisk.contracts.model.ModelStage;

/**
 * Keeps the deployment table in step with model.promoted. Idempotent and order-proof: an
 * announcement older than the recorded one of its stage changes nothing, so redeliveries and
 * reorderings are harmless. A version promoted from STAGING to PRODUCTION leaves STAGING.
 * Both promotion listeners record the same announcement at once; a lock per tenant serialises them,
 * because a row lock cannot guard the first announcement of a stage, whose row does not exist yet.
 */
@ApplicationScoped
public class DeploymentRecorder {

    private final DeploymentRepository deployments;

    DeploymentRecorder(DeploymentRepository deployments) {
        this.deployments = deployments;
    }

    @Transactional
    public void record(ModelPromoted promoted) {
        deployments.getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:lock, 0))")
                .setParameter("lock", "scoring-deployment:" + promoted.tenant())
                .getSingleResult();
        Deployment announced = Deployment.of(promoted);
        Deployment current = deployments.findById(new Deployment.Key(promoted.tenant(), promoted.stage()));
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
