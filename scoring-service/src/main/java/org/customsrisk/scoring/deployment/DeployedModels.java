package org.customsrisk.scoring.deployment;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.models.artifact.ArtifactStore;
import org.customsrisk.models.artifact.StoredArtifact;
import org.customsrisk.models.runtime.InvalidModelException;
import org.customsrisk.models.runtime.ModelFiles;
import org.customsrisk.models.runtime.ScoringModel;
import org.jboss.logging.Logger;

/**
 * The model versions this replica scores with, per tenant and stage. A new version is read from S3
 * (SHA-256 and size verified), loaded and checked before it replaces the old one in a single
 * reference swap; calls that hold a lease on the old one finish on it. The deployment table is
 * re-read regularly, so a replica that missed an announcement catches up on its own.
 */
@ApplicationScoped
public class DeployedModels {

    private static final Logger LOG = Logger.getLogger(DeployedModels.class);

    private final ArtifactStore artifacts;
    private final DeploymentRecorder recorder;
    private final Map<Deployment.Key, LoadedModel> loaded = new ConcurrentHashMap<>();

    DeployedModels(ArtifactStore artifacts, DeploymentRecorder recorder) {
        this.artifacts = artifacts;
        this.recorder = recorder;
    }

    /** A lease on the tenant's model of a stage, if one is loaded. */
    public Optional<ModelLease> lease(String tenant, ModelStage stage) {
        Deployment.Key key = new Deployment.Key(tenant, stage);
        for (int attempt = 0; attempt < 3; attempt++) {
            LoadedModel model = loaded.get(key);
            if (model == null) {
                return Optional.empty();
            }
            if (model.acquire()) {
                return Optional.of(new ModelLease(model));
            }
        }
        return Optional.empty();
    }

    /** Loads the deployment unless the same version is already loaded; then swaps it in. */
    public void deploy(Deployment deployment) {
        Deployment.Key key = new Deployment.Key(deployment.tenantId, deployment.stage);
        LoadedModel current = loaded.get(key);
        if (current != null && current.deployment().sameVersionAs(deployment)) {
            return;
        }
        ScoringModel model = artifacts.read(
                new StoredArtifact(deployment.artifactKey, deployment.sha256, deployment.artifactSizeBytes),
                content -> open(deployment, content.readAllBytes()));
        LoadedModel replaced = loaded.put(key, new LoadedModel(deployment, model));
        if (replaced != null) {
            replaced.retire();
        }
        LOG.infof("Tenant %s scores %s with %s version %d", deployment.tenantId, deployment.stage,
                deployment.modelName, deployment.modelVersion);
    }

    /** Drops what is no longer deployed and loads what is: at start-up and then every half minute. */
    @Scheduled(every = "${scoring.deployments.refresh-interval}", delayed = "0s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconcile() {
        Map<Deployment.Key, Deployment> wanted = new java.util.HashMap<>();
        recorder.all().forEach(deployment -> wanted.put(new Deployment.Key(deployment.tenantId, deployment.stage),
                deployment));
        loaded.keySet().stream().filter(key -> !wanted.containsKey(key)).toList()
                .forEach(key -> Optional.ofNullable(loaded.remove(key)).ifPresent(LoadedModel::retire));
        for (Deployment deployment : wanted.values()) {
            try {
                deploy(deployment);
            } catch (RuntimeException e) {
                LOG.warnf("Cannot load %s version %d of tenant %s yet, scoring goes on with what is loaded: %s",
                        deployment.modelName, deployment.modelVersion, deployment.tenantId, e.getMessage());
            }
        }
    }

    @PreDestroy
    void unload() {
        loaded.values().forEach(LoadedModel::retire);
        loaded.clear();
    }

    private static ScoringModel open(Deployment deployment, byte[] file) {
        try {
            return ModelFiles.open(deployment.format, file, deployment.featureNames);
        } catch (InvalidModelException e) {
            throw new IllegalStateException(deployment.modelName + " version " + deployment.modelVersion
                    + " cannot be loaded: " + e.getMessage(), e);
        }
    }
}
