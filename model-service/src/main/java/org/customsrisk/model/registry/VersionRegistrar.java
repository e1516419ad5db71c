package org.customsrisk.model.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.model.audit.AuditAction;
import org.customsrisk.model.audit.AuditTrail;
import org.customsrisk.models.artifact.ArtifactStore;
import org.customsrisk.models.artifact.StoredArtifact;
import org.customsrisk.models.runtime.ModelFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers a checked model file as the next version of a model, as CANDIDATE. The number is taken
 * under the model's row lock, and the file is written to S3 before the row that points to it.
 */
@ApplicationScoped
public class VersionRegistrar {

    private final ModelRepository models;
    private final VersionRepository versions;
    private final ArtifactStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final String codeVersion;

    VersionRegistrar(ModelRepository models, VersionRepository versions, ArtifactStore store, AuditTrail audit,
            Clock clock, @ConfigProperty(name = "quarkus.application.version") String codeVersion) {
        this.models = models;
        this.versions = versions;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.codeVersion = codeVersion;
    }

    public static String artifactKey(String tenant, String model, int version, String fileName) {
        return "tenants/" + tenant + "/models/" + model + "/" + version + "/" + fileName;
    }

    @Transactional
    public ModelVersion register(String tenant, String model, String user, NewVersion spec, byte[] file,
            String why) {
        models.lock(tenant, model);
        int number = versions.latest(tenant, model) + 1;
        StoredArtifact artifact = store.put(artifactKey(tenant, model, number, ModelFiles.fileName(spec.format(), file)),
                file, "application/octet-stream");
        Instant now = clock.instant();
        ModelVersion version = new ModelVersion();
        version.tenantId = tenant;
        version.modelName = model;
        version.version = number;
        version.stage = ModelStage.CANDIDATE;
        version.stageChangedAt = now;
        version.format = spec.format();
        version.artifactKey = artifact.key();
        version.sha256 = artifact.sha256();
        version.artifactSizeBytes = artifact.size();
        version.featureSchemaVersion = spec.featureSchemaVersion();
        version.featureNames = List.copyOf(spec.featureNames());
        version.training = spec.training();
        version.hyperParameters = spec.hyperParameters();
        version.metrics = spec.metrics();
        version.codeVersion = codeVersion;
        version.description = spec.description();
        version.tags = spec.tags() == null ? Map.of() : spec.tags();
        version.createdBy = user;
        version.createdAt = now;
        versions.persist(version);
        audit.append(tenant, model, new AuditTrail.Record(number, AuditAction.REGISTERED, null, ModelStage.CANDIDATE,
                user, why, null), now);
        return version;
    }
}
