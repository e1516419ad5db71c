package org.customsrisk.ingestion.bulk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "bulk_import_job")
public class BulkImportJob {

    @Id
    public UUID id;
    public String tenantId;
    @Enumerated(EnumType.STRING)
    public CsvLayout layout;
    public boolean importLabels;
    public String fileName;
    public long fileSizeBytes;
    @Enumerated(EnumType.STRING)
    public BulkImportStatus status;
    public long rowsRead;
    public long rowsAccepted;
    public long rowsRejected;
    public long declarationsCreated;
    public long declarationsAmended;
    public long declarationsUnchanged;
    public long inspectionResults;
    public String submittedBy;
    public Instant submittedAt;
    public Instant startedAt;
    public Instant heartbeatAt;
    public Instant finishedAt;
    public String failureReason;
}
