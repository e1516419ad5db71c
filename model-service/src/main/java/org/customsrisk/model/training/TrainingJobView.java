package org.customsrisk.model.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

public record TrainingJobView(UUID jobId, String model, TrainingJob.Status status, LocalDate acceptedFrom,
        LocalDate acceptedTo, double validationShare, Map<String, Object> parameters, int roundsDone, int roundsTotal,
        int featureSchemaVersion, Integer version, String failureReason, String startedBy, Instant startedAt,
        Instant finishedAt) {

    static TrainingJobView of(TrainingJob job) {
        return new TrainingJobView(job.id, job.modelName, job.status, job.acceptedFrom, job.acceptedTo,
                job.validationShare, job.parameters, job.roundsDone, job.roundsTotal, job.featureSchemaVersion,
                job.version, job.failureReason, job.startedBy, job.startedAt, job.finishedAt);
    }
}
