package org.customsrisk.model.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.customsrisk.contracts.model.ModelFormat;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.models.artifact.StoredArtifact;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A version of a model: its artifact in S3, the features it takes, how it was made and how it scored. */
@Entity
@Table(name = "model_version")
@IdClass(ModelVersion.Key.class)
public class ModelVersion {

    @Id
    public String tenantId;
    @Id
    public String modelName;
    @Id
    public int version;
    @Enumerated(EnumType.STRING)
    public ModelStage stage;
    public Instant stageChangedAt;
    @Enumerated(EnumType.STRING)
    public ModelFormat format;
    public String artifactKey;
    public String sha256;
    public long artifactSizeBytes;
    public int featureSchemaVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> featureNames;
    /** Window, row counts and validation share of a version trained here; null for an upload. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> training;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> hyperParameters;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> metrics;
    public String codeVersion;
    public String description;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> tags;
    public String createdBy;
    public Instant createdAt;

    public StoredArtifact artifact() {
        return new StoredArtifact(artifactKey, sha256, artifactSizeBytes);
    }

    public record Key(String tenantId, String modelName, int version) implements Serializable {
    }
}
