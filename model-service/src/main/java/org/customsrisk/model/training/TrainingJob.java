package org.customsrisk.model.training;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.customsrisk.models.artifact.StoredArtifact;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Training of a new version on the training set of a window, run in the background. */
@Entity
@Table(name = "training_job")
public class TrainingJob {

    public enum Status {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    @Id
    public UUID id;
    public String tenantId;
    public String modelName;
    @Enumerated(EnumType.STRING)
    public Status status;
    public LocalDate acceptedFrom;
    public LocalDate acceptedTo;
    public double validationShare;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> parameters;
    public int roundsTotal;
    public int roundsDone;
    public int featureSchemaVersion;
    public String trainingSetKey;
    public String trainingSetSha256;
    public long trainingSetSize;
    public Integer version;
    public String failureReason;
    public String startedBy;
    public Instant startedAt;
    public Instant runningSince;
    public Instant heartbeatAt;
    public Instant finishedAt;

    StoredArtifact trainingSet() {
        return new StoredArtifact(trainingSetKey, trainingSetSha256, trainingSetSize);
    }
}
