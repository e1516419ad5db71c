package org.customsrisk.ingestion.bulk;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A bulk import and its progress. Rows are counted as read, accepted (stored, or recognised as "
        + "already stored) or rejected (see the rejects report).")
public record BulkImportJobView(
        UUID jobId,
        @Schema(example = "KCS") CsvLayout layout,
        boolean importLabels,
        @Schema(example = "df_syn_train_eng.csv") String fileName,
        long fileSizeBytes,
        BulkImportStatus status,
        long rowsRead,
        long rowsAccepted,
        long rowsRejected,
        long declarationsCreated,
        long declarationsAmended,
        long declarationsUnchanged,
        long inspectionResults,
        @Schema(description = "Rows read per second since the job started.", example = "21500.0") Double rowsPerSecond,
        String submittedBy,
        Instant submittedAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Why the job failed; rows stored before stay stored, and the same file can be "
                + "submitted again.") String failureReason) {

    static BulkImportJobView of(BulkImportJob job) {
        Double rate = null;
        if (job.startedAt != null) {
            Instant end = job.finishedAt != null ? job.finishedAt : Instant.now();
            long millis = Math.max(1, Duration.between(job.startedAt, end).toMillis());
            rate = Math.round(job.rowsRead * 10_000.0 / millis) / 10.0;
        }
        return new BulkImportJobView(job.id, job.layout, job.importLabels, job.fileName, job.fileSizeBytes, job.status,
                job.rowsRead, job.rowsAccepted, job.rowsRejected, job.declarationsCreated, job.declarationsAmended,
                job.declarationsUnchanged, job.inspectionResults, rate, job.submittedBy, job.submittedAt,
                job.startedAt, job.finishedAt, job.failureReason);
    }
}
