package org.customsrisk.scoring.deployment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.customsrisk.contracts.model.ModelFormat;
import org.customsrisk.contracts.model.ModelPromoted;
import org.customsrisk.contracts.model.ModelStage;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The model version a tenant has in one stage, as the last model.promoted of that stage said. */
@Entity
@Table(name = "deployment")
@IdClass(Deployment.Key.class)
public class Deployment {

    @Id
    public String tenantId;
    @Id
    @Enumerated(EnumType.STRING)
    public ModelStage stage;
    public String modelName;
    public int modelVersion;
    @Enumerated(EnumType.STRING)
    public ModelFormat format;
    public String artifactKey;
    public String sha256;
    public long artifactSizeBytes;
    public int featureSchemaVersion;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> featureNames;
    public String promotedBy;
    public Instant promotedAt;

    static Deployment of(ModelPromoted promoted) {
        Deployment deployment = new Deployment();
        deployment.tenantId = promoted.tenant();
        deployment.stage = promoted.stage();
        deployment.modelName = promoted.modelName();
        deployment.modelVersion = promoted.version();
        deployment.format = promoted.format();
        deployment.artifactKey = promoted.artifactKey();
        deployment.sha256 = promoted.sha256();
        deployment.artifactSizeBytes = promoted.artifactSizeBytes();
        deployment.featureSchemaVersion = promoted.featureSchemaVersion();
        deployment.featureNames = List.copyOf(promoted.featureNames());
        deployment.promotedBy = promoted.promotedBy();
        deployment.promotedAt = promoted.promotedAt();
        return deployment;
    }

    /** Same model version and artifact. */
    boolean sameVersionAs(Deployment other) {
        return other != null && modelName.equals(other.modelName) && modelVersion == other.modelVersion
                && sha256.equals(other.sha256);
    }

    public record Key(String tenantId, ModelStage stage) implements Serializable {
    }
}
