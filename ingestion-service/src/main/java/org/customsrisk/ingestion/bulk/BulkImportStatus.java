package org.customsrisk.ingestion.bulk;

public enum BulkImportStatus {
    /** Uploaded, waiting for a free slot. */
    QUEUED,
    RUNNING,
    COMPLETED,
    /** Stopped by an error or by the loss of its instance; rows stored before stay stored. */
    FAILED
}
