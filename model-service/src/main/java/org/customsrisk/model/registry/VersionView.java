package org.customsrisk.model.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.customsrisk.contracts.model.ModelFormat;
import org.customsrisk.contracts.model.ModelStage;

public record VersionView(String model, int version, ModelStage stage, Instant stageChangedAt, ModelFormat format,
        Artifact artifact, int featureSchemaVersion, List<String> featureNames, Map<String, Object> training,
        Map<String, Object> hyperParameters, Map<String, Object> metrics, String codeVersion, String description,
        Map<String, String> tags, String createdBy, Instant createdAt) {

    public record Artifact(String key, String sha256, long size) {
    }

    public static VersionView of(ModelVersion version) {
        return new VersionView(version.modelName, version.version, version.stage, version.stageChangedAt,
                version.format, new Artifact(version.artifactKey, version.sha256, version.artifactSizeBytes),
                version.featureSchemaVersion, version.featureNames, version.training, version.hyperParameters,
                version.metrics, version.codeVersion, version.description, version.tags, version.createdBy,
                version.createdAt);
    }
}
