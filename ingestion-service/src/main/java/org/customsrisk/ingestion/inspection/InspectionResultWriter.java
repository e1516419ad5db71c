package org.customsrisk.ingestion.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.customsrisk.common.problem.InvalidRequestException;
import org.customsrisk.common.problem.ResourceNotFoundException;
import org.customsrisk.contracts.Events;
import org.customsrisk.contracts.inspection.InspectionRecorded;
import org.customsrisk.ingestion.declaration.ContentHash;
import org.customsrisk.ingestion.declaration.Provenance;
import org.customsrisk.ingestion.outbox.EventIds;
import org.customsrisk.ingestion.outbox.OutboxEvent;
import org.customsrisk.ingestion.outbox.OutboxWriter;
import org.customsrisk.ingestion.postgres.PgCopy;

/**
 * Stores inspection results and announces them, in the caller's transaction. The declarations
 * concerned are locked (as the declaration writer locks them), so a result and an amendment of
 * the same declaration never interleave. A result identical to the current version is not stored
 * again; a different one becomes the next version.
 */
@ApplicationScoped
public class InspectionResultWriter {

    private static final List<String> COLUMNS = List.of("tenant_id", "declaration_id", "item_number", "version",
            "content_sha256", "illicit", "critical", "revenue_recovered", "revenue_currency", "inspection_date",
            "channel_applied", "remarks", "recorded_at", "recorded_by", "source");

    private final AgroalDataSource dataSource;
    private final OutboxWriter outbox;
    private final ObjectMapper json;

    InspectionResultWriter(AgroalDataSource dataSource, OutboxWriter outbox, ObjectMapper json) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.json = json;
    }

    /** Must run in a transaction. Results are in the order of {@code submissions}. */
    public List<StoredInspectionResult> write(Provenance provenance, List<InspectionResultFor> submissions) {
        Instant recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection connection = dataSource.getConnection()) {
            TreeSet<String> declarationIds = new TreeSet<>();
            submissions.forEach(submission -> declarationIds.add(submission.declarationId()));
            Array ids = connection.createArrayOf("text", declarationIds.toArray());
            Set<String> goodsItems = lockDeclarations(connection, provenance.tenant(), ids, declarationIds);
            Map<String, Current> current = currentVersions(connection, provenance.tenant(), ids);

            List<StoredInspectionResult> stored = new ArrayList<>(submissions.size());
            List<Object[]> rows = new ArrayList<>();
            List<OutboxEvent> events = new ArrayList<>();
            for (InspectionResultFor submission : submissions) {
                InspectionResultSubmission result = submission.result();
                int itemNumber = result.itemNumber() == null ? 0 : result.itemNumber();
                if (itemNumber > 0 && !goodsItems.contains(key(submission.declarationId(), itemNumber))) {
                    throw new InvalidRequestException("itemNumber", "declaration " + submission.declarationId()
                            + " has no goods item " + itemNumber);
                }
                String key = key(submission.declarationId(), itemNumber);
                String hash = ContentHash.of(result);
                Current known = current.get(key);
                if (known != null && known.hash().equals(hash)) {
                    stored.add(new StoredInspectionResult(view(submission, known.version(), known.recordedAt(),
                            known.recordedBy()), false));
                    continue;
                }
                int version = known == null ? 1 : known.version() + 1;
                current.put(key, new Current(version, hash, recordedAt, provenance.username()));
                rows.add(new Object[] { provenance.tenant(), submission.declarationId(), itemNumber, version, hash,
                        result.illicit(), result.critical(), result.revenueRecovered(), result.revenueCurrency(),
                        result.inspectionDate(), result.channelApplied(), result.remarks(), recordedAt,
                        provenance.username(), provenance.source() });
                events.add(event(provenance, submission, version, recordedAt));
                stored.add(new StoredInspectionResult(view(submission, version, recordedAt, provenance.username()), true));
            }
            PgCopy.copy(connection, "inspection_result", COLUMNS, rows);
            outbox.append(connection, events);
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("storing inspection results failed", e);
        }
    }

    /** Locks the stored declarations and returns their current goods items as "id#item" keys. */
    private static Set<String> lockDeclarations(Connection connection, String tenant, Array ids, Set<String> wanted)
            throws SQLException {
        Set<String> locked = new HashSet<>();
        try (PreparedStatement lock = connection.prepareStatement("""
                select declaration_id from declaration
                where tenant_id = ? and declaration_id = any(?) and current_revision > 0
                order by declaration_id
                for update""")) {
            lock.setString(1, tenant);
            lock.setArray(2, ids);
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    locked.add(rows.getString(1));
                }
            }
        }
        for (String id : wanted) {
            if (!locked.contains(id)) {
                throw new ResourceNotFoundException("declaration", id);
            }
        }
        Set<String> items = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select g.declaration_id, g.item_number
                from goods_item g
                join declaration d on d.tenant_id = g.tenant_id and d.declaration_id = g.declaration_id
                                  and d.current_revision = g.revision
                where d.tenant_id = ? and d.declaration_id = any(?)""")) {
            select.setString(1, tenant);
            select.setArray(2, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(key(rows.getString(1), rows.getInt(2)));
                }
            }
        }
        return items;
    }

    private static Map<String, Current> currentVersions(Connection connection, String tenant, Array ids)
            throws SQLException {
        Map<String, Current> current = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select distinct on (declaration_id, item_number)
                       declaration_id, item_number, version, content_sha256, recorded_at, recorded_by
                from inspection_result
                where tenant_id = ? and declaration_id = any(?)
                order by declaration_id, item_number, version desc""")) {
            select.setString(1, tenant);
            select.setArray(2, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    current.put(key(rows.getString(1), rows.getInt(2)), new Current(rows.getInt(3), rows.getString(4),
                            rows.getTimestamp(5).toInstant(), rows.getString(6)));
                }
            }
        }
        return current;
    }

    private static InspectionResultView view(InspectionResultFor submission, int version, Instant recordedAt,
            String recordedBy) {
        InspectionResultSubmission result = submission.result();
        return new InspectionResultView(submission.declarationId(), result.itemNumber(), version, result.illicit(),
                result.critical(), result.revenueRecovered(), result.revenueCurrency(), result.inspectionDate(),
                result.channelApplied(), result.remarks(), recordedAt, recordedBy);
    }

    private OutboxEvent event(Provenance provenance, InspectionResultFor submission, int version, Instant recordedAt) {
        InspectionResultSubmission result = submission.result();
        InspectionRecorded recorded = new InspectionRecorded(provenance.tenant(), submission.declarationId(),
                result.itemNumber(), version, result.illicit(), result.critical(), result.revenueRecovered(),
                result.revenueCurrency(), result.inspectionDate(), result.channelApplied(), result.remarks(),
                recordedAt);
        try {
            return new OutboxEvent(EventIds.next(), provenance.tenant(), Events.INSPECTION_RECORDED,
                    submission.declarationId(), json.writeValueAsString(recorded), recordedAt, provenance.traceparent());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an inspection event", e);
        }
    }

    private static String key(String declarationId, int itemNumber) {
        return declarationId + "#" + itemNumber;
    }

    private record Current(int version, String hash, Instant recordedAt, String recordedBy) {
    }
}
