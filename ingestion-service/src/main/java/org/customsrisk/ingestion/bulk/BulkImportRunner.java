package org.customsrisk.ingestion.bulk;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.customsrisk.ingestion.declaration.DeclarationSubmission;
import org.customsrisk.ingestion.declaration.DeclarationWriter;
import org.customsrisk.ingestion.declaration.GoodsItemSubmission;
import org.customsrisk.ingestion.declaration.Provenance;
import org.customsrisk.ingestion.declaration.StoredDeclaration;
import org.customsrisk.ingestion.inspection.InspectionResultFor;
import org.customsrisk.ingestion.inspection.InspectionResultWriter;
import org.customsrisk.ingestion.inspection.StoredInspectionResult;
import org.jboss.logging.Logger;

/**
 * Reads one uploaded file as a stream, record by record, and stores it in chunks of declarations,
 * each chunk in its own transaction with the job's counters, so a file of any size is read in
 * constant memory and the job's progress is always what is stored. A bad row is rejected with its
 * line, column and reason; the rest of the file goes on. Consecutive rows with the same declaration
 * id are the goods items of one declaration.
 */
@ApplicationScoped
public class BulkImportRunner {

    private static final Logger LOG = Logger.getLogger(BulkImportRunner.class);
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final DeclarationWriter declarationWriter;
    private final InspectionResultWriter inspectionWriter;
    private final BulkImportRejects rejects;
    private final BulkImportJobRepository jobs;
    private final Validator validator;
    private final BulkImportConfig config;

    BulkImportRunner(DeclarationWriter declarationWriter, InspectionResultWriter inspectionWriter,
            BulkImportRejects rejects, BulkImportJobRepository jobs, Validator validator, BulkImportConfig config) {
        this.declarationWriter = declarationWriter;
        this.inspectionWriter = inspectionWriter;
        this.rejects = rejects;
        this.jobs = jobs;
        this.validator = validator;
        this.config = config;
    }

    void run(UUID jobId, java.nio.file.Path file, ImportOptions options, Provenance provenance) {
        QuarkusTransaction.requiringNew().run(() -> {
            BulkImportJob job = jobs.findById(jobId);
            job.status = BulkImportStatus.RUNNING;
            job.startedAt = Instant.now();
            job.heartbeatAt = job.startedAt;
        });
        try (Reader reader = new BoundedLineReader(
                withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8)), config.maxLineLength());
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).get().parse(reader)) {
            RowMapper mapper = options.layout().mapper();
            List<String> missing = mapper.requiredColumns(options).stream()
                    .filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("the file has no column " + String.join(", ", missing)
                        + " that the layout " + options.layout() + " needs");
            }
            new Import(jobId, options, provenance, mapper).readAll(parser);
            QuarkusTransaction.requiringNew().run(() -> {
                BulkImportJob job = jobs.findById(jobId);
                job.status = BulkImportStatus.COMPLETED;
                job.finishedAt = Instant.now();
            });
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Bulk import %s failed", jobId);
            Throwable cause = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : e;
            String reason = cause instanceof IllegalArgumentException
                    || cause instanceof BoundedLineReader.LineTooLongException ? cause.getMessage()
                    : "the import stopped at an error (" + e.getClass().getSimpleName() + "); rows stored before stay "
                            + "stored, and the same file can be submitted again";
            QuarkusTransaction.requiringNew().run(() -> {
                BulkImportJob job = jobs.findById(jobId);
                job.status = BulkImportStatus.FAILED;
                job.failureReason = reason;
                job.finishedAt = Instant.now();
            });
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warnf("Could not delete %s: %s", file, e.getMessage());
            }
        }
    }

    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    /** The state of one file being read: the declaration being assembled and the chunk to store. */
    private final class Import {

        private final UUID jobId;
        private final ImportOptions options;
        private final Provenance provenance;
        private final RowMapper mapper;
        private final List<ParsedRow> assembling = new ArrayList<>();
        private final List<Assembled> chunk = new ArrayList<>();
        private final List<RejectedRow> chunkRejects = new ArrayList<>();
        private long rowsInChunk;
        private long rejectedRowsInChunk;
        private long storedRejects;

        Import(UUID jobId, ImportOptions options, Provenance provenance, RowMapper mapper) {
            this.jobId = jobId;
            this.options = options;
            this.provenance = provenance;
            this.mapper = mapper;
        }

        void readAll(CSVParser parser) {
            long lastLine = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                rowsInChunk++;
                try {
                    accept(mapper.map(new CsvRow(record, line), options));
                } catch (RowRejectedException e) {
                    reject(List.of(new RejectedRow(line, e.column(), e.getMessage())), 1);
                }
                if (chunk.size() >= config.chunkSize() || rowsInChunk >= config.chunkSize()) {
                    store();
                }
            }
            completeDeclaration();
            store();
        }

        private void accept(ParsedRow row) {
            if (!assembling.isEmpty() && !assembling.get(0).declaration().declarationId()
                    .equals(row.declaration().declarationId())) {
                completeDeclaration();
            }
            assembling.add(row);
        }

        private void completeDeclaration() {
            if (assembling.isEmpty()) {
                return;
            }
            List<ParsedRow> rows = List.copyOf(assembling);
            assembling.clear();
            DeclarationSubmission declaration = declarationOf(rows);
            List<RejectedRow> violations = violations(declaration, rows);
            if (violations.isEmpty()) {
                chunk.add(new Assembled(declaration, rows.stream()
                        .filter(row -> row.label() != null)
                        .map(row -> new InspectionResultFor(declaration.declarationId(), row.label()))
                        .toList()));
            } else {
                reject(violations, rows.size());
            }
        }

        private List<RejectedRow> violations(DeclarationSubmission declaration, List<ParsedRow> rows) {
            List<RejectedRow> found = new ArrayList<>();
            for (ConstraintViolation<DeclarationSubmission> violation
                    : validator.validate(declaration, mapper.validationGroups())) {
                Integer item = itemIndex(violation.getPropertyPath());
                long line = rows.get(item == null ? 0 : Math.min(item, rows.size() - 1)).line();
                found.add(new RejectedRow(line, column(violation.getPropertyPath()), violation.getMessage()));
            }
            for (ParsedRow row : rows) {
                if (row.label() != null) {
                    validator.validate(row.label(), mapper.validationGroups()).forEach(violation -> found.add(
                            new RejectedRow(row.line(), column(violation.getPropertyPath()), violation.getMessage())));
                }
            }
            return found;
        }

        private void reject(List<RejectedRow> rows, int rowCount) {
            rejectedRowsInChunk += rowCount;
            long room = Math.max(0, config.maxStoredRejects() - storedRejects - chunkRejects.size());
            chunkRejects.addAll(rows.subList(0, (int) Math.min(rows.size(), room)));
        }

        private void store() {
            List<Assembled> declarations = List.copyOf(chunk);
            List<RejectedRow> rejected = List.copyOf(chunkRejects);
            long rowsRead = rowsInChunk;
            long rowsRejected = rejectedRowsInChunk;
            chunk.clear();
            chunkRejects.clear();
            rowsInChunk = 0;
            rejectedRowsInChunk = 0;
            storedRejects += rejected.size();
            QuarkusTransaction.requiringNew().run(() -> {
                List<StoredDeclaration> stored = declarations.isEmpty() ? List.of()
                        : declarationWriter.write(provenance, declarations.stream().map(Assembled::declaration).toList());
                List<InspectionResultFor> labels = declarations.stream().flatMap(assembled -> assembled.labels().stream())
                        .toList();
                List<StoredInspectionResult> recorded = labels.isEmpty() ? List.of()
                        : inspectionWriter.write(provenance, labels);
                try {
                    rejects.append(jobId, rejected);
                } catch (SQLException e) {
                    throw new IllegalStateException("storing rejected rows failed", e);
                }
                BulkImportJob job = jobs.findById(jobId);
                job.rowsRead += rowsRead;
                job.rowsRejected += rowsRejected;
                job.rowsAccepted += rowsRead - rowsRejected;
                for (StoredDeclaration declaration : stored) {
                    switch (declaration.outcome()) {
                        case CREATED -> job.declarationsCreated++;
                        case AMENDED -> job.declarationsAmended++;
                        case UNCHANGED -> job.declarationsUnchanged++;
                    }
                }
                job.inspectionResults += recorded.stream().filter(StoredInspectionResult::changed).count();
                job.heartbeatAt = Instant.now();
            });
        }

        private String column(Path path) {
            String field = null;
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.PROPERTY) {
                    field = node.getName();
                }
            }
            Map<String, String> columns = mapper.columnsByField();
            if (field == null) {
                return "(row)";
            }
            return columns.getOrDefault(field, field);
        }
    }

    /** A valid declaration of the file and the inspection results its rows carry. */
    private record Assembled(DeclarationSubmission declaration, List<InspectionResultFor> labels) {
    }

    private static Integer itemIndex(Path path) {
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                return node.getIndex();
            }
        }
        return null;
    }

    /** The declaration of consecutive rows: the first row's header with every row's goods item. */
    private static DeclarationSubmission declarationOf(List<ParsedRow> rows) {
        DeclarationSubmission first = rows.get(0).declaration();
        if (rows.size() == 1) {
            return first;
        }
        List<GoodsItemSubmission> items = rows.stream().map(row -> row.declaration().goodsItems().get(0)).toList();
        return new DeclarationSubmission(first.declarationId(), first.acceptanceDate(), first.customsOfficeCode(),
                first.importerId(), first.declarantId(), first.sellerId(), first.courierId(),
                first.countryOfDeparture(), first.modeOfTransport(), first.processType(), first.importType(),
                first.importUse(), first.paymentType(), items);
    }
}
