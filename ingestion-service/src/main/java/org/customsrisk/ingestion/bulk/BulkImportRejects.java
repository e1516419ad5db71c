package org.customsrisk.ingestion.bulk;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.customsrisk.ingestion.postgres.PgCopy;

/** The rejects report of bulk jobs: written with COPY in the chunk's transaction, read by line. */
@ApplicationScoped
public class BulkImportRejects {

    private static final List<String> COLUMNS = List.of("job_id", "line_number", "field", "reason");

    private final AgroalDataSource dataSource;

    BulkImportRejects(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void append(UUID jobId, List<RejectedRow> rejects) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PgCopy.copy(connection, "bulk_import_reject", COLUMNS, rejects.stream()
                    .map(reject -> new Object[] { jobId, reject.line(), reject.column(), reject.reason() })
                    .toList());
        }
    }

    List<RejectedRow> page(UUID jobId, int offset, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select line_number, field, reason from bulk_import_reject
                        where job_id = ?
                        order by line_number, field
                        offset ? limit ?""")) {
            select.setObject(1, jobId);
            select.setInt(2, offset);
            select.setInt(3, limit);
            List<RejectedRow> rejects = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rejects.add(new RejectedRow(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            return rejects;
        }
    }
}
