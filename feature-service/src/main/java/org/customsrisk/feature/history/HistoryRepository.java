package org.customsrisk.feature.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.contracts.inspection.InspectionRecorded;
import org.customsrisk.feature.computation.EntityKind;
import org.customsrisk.feature.computation.HistoryFacts;
import org.customsrisk.feature.computation.InspectionResult;
import org.customsrisk.feature.computation.ItemLabel;
import org.customsrisk.feature.computation.LabelTimeline;
import org.customsrisk.feature.computation.LodgementTimeline;
import org.customsrisk.feature.computation.PriceKind;
import org.customsrisk.feature.computation.PriceTimeline;

/**
 * A tenant's history in PostgreSQL: the latest declaration revisions, the latest inspection results,
 * and the label and price facts derived from them. Plain JDBC: these are bulk fact tables read as
 * per-day aggregates, not entities. Every statement filters on the tenant.
 */
@ApplicationScoped
public class HistoryRepository {

    /** The stored revision of a declaration. */
    public record StoredDeclaration(int revision, DeclarationPayload payload, Instant receivedAt) {
    }

    /** The item number that stands for the whole declaration in inspection_result. */
    public static final int WHOLE_DECLARATION = 0;

    private final DataSource dataSource;
    private final ObjectMapper json;

    HistoryRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Serialises the writers of one declaration until the end of the current transaction. */
    public void lock(String tenant, String declarationId) {
        query("select pg_advisory_xact_lock(hashtextextended(?, 0))", statement -> {
            statement.setString(1, tenant + "/" + declarationId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        });
    }

    public Optional<StoredDeclaration> declaration(String tenant, String declarationId) {
        return query("select revision, payload, received_at from declaration where tenant_id = ? and declaration_id = ?",
                statement -> {
                    statement.setString(1, tenant);
                    statement.setString(2, declarationId);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(new StoredDeclaration(rows.getInt(1), payload(rows.getString(2)),
                                rows.getTimestamp(3).toInstant())) : Optional.empty();
                    }
                });
    }

    /** Stores the revision in place of the former one, with its price facts. */
    public void saveDeclaration(String tenant, int revision, DeclarationPayload payload, Instant receivedAt) {
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise declaration " + payload.declarationId(), e);
        }
        update("""
                insert into declaration (tenant_id, declaration_id, revision, acceptance_date, importer_id, payload, received_at)
                values (?, ?, ?, ?, ?, ?::jsonb, ?)
                on conflict (tenant_id, declaration_id) do update set revision = excluded.revision,
                    acceptance_date = excluded.acceptance_date, importer_id = excluded.importer_id,
                    payload = excluded.payload, received_at = excluded.received_at""", statement -> {
            statement.setString(1, tenant);
            statement.setString(2, payload.declarationId());
            statement.setInt(3, revision);
            statement.setDate(4, Date.valueOf(payload.acceptanceDate()));
            statement.setString(5, HistoryFacts.importer(payload));
            statement.setString(6, body);
            statement.setTimestamp(7, Timestamp.from(receivedAt));
        });
        update("delete from price_fact where tenant_id = ? and declaration_id = ?", statement -> {
            statement.setString(1, tenant);
            statement.setString(2, payload.declarationId());
        });
        List<HistoryFacts.PriceFact> prices = HistoryFacts.prices(payload);
        batch("""
                insert into price_fact (tenant_id, declaration_id, item_number, price_kind, price_key, acceptance_date, price)
                values (?, ?, ?, ?, ?, ?, ?)""", prices, (statement, fact) -> {
            statement.setString(1, tenant);
            statement.setString(2, payload.declarationId());
            statement.setInt(3, fact.itemNumber());
            statement.setString(4, fact.kind().name());
            statement.setString(5, fact.key());
            statement.setDate(6, Date.valueOf(fact.day()));
            statement.setDouble(7, fact.price());
        });
    }

    /** The stored version of a result (of an item, or of the whole declaration when itemNumber is null). */
    public Optional<Integer> inspectionVersion(String tenant, String declarationId, Integer itemNumber) {
        return query("""
                select version from inspection_result where tenant_id = ? and declaration_id = ? and item_number = ?""",
                statement -> {
                    statement.setString(1, tenant);
                    statement.setString(2, declarationId);
                    statement.setInt(3, itemNumber == null ? WHOLE_DECLARATION : itemNumber);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
                    }
                });
    }

    public void saveInspection(InspectionRecorded result) {
        update("""
                insert into inspection_result (tenant_id, declaration_id, item_number, version, illicit, critical,
                    revenue_recovered, inspection_date)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, declaration_id, item_number) do update set version = excluded.version,
                    illicit = excluded.illicit, critical = excluded.critical,
                    revenue_recovered = excluded.revenue_recovered, inspection_date = excluded.inspection_date""",
                statement -> {
                    statement.setString(1, result.tenant());
                    statement.setString(2, result.declarationId());
                    statement.setInt(3, result.itemNumber() == null ? WHOLE_DECLARATION : result.itemNumber());
                    statement.setInt(4, result.version());
                    statement.setBoolean(5, result.illicit());
                    statement.setBoolean(6, result.critical());
                    statement.setBigDecimal(7, result.revenueRecovered());
                    statement.setDate(8, Date.valueOf(result.inspectionDate()));
                });
    }

    public List<InspectionResult> inspectionResults(String tenant, String declarationId) {
        return query("""
                select item_number, illicit, critical, revenue_recovered, inspection_date from inspection_result
                where tenant_id = ? and declaration_id = ?""", statement -> {
            statement.setString(1, tenant);
            statement.setString(2, declarationId);
            List<InspectionResult> results = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int item = rows.getInt(1);
                    results.add(new InspectionResult(item == WHOLE_DECLARATION ? null : item, new ItemLabel(
                            rows.getBoolean(2), rows.getBoolean(3), rows.getBigDecimal(4),
                            rows.getDate(5).toLocalDate())));
                }
            }
            return results;
        });
    }

    /** Replaces the label facts of a declaration and answers the former ones. */
    public List<HistoryFacts.LabelFact> replaceLabelFacts(String tenant, String declarationId,
            List<HistoryFacts.LabelFact> facts) {
        List<HistoryFacts.LabelFact> former = query("""
                delete from label_fact where tenant_id = ? and declaration_id = ?
                returning entity_kind, entity_key, inspection_date, item_number, illicit, with_revenue""", statement -> {
            statement.setString(1, tenant);
            statement.setString(2, declarationId);
            List<HistoryFacts.LabelFact> deleted = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    deleted.add(new HistoryFacts.LabelFact(EntityKind.valueOf(rows.getString(1)), rows.getString(2),
                            rows.getDate(3).toLocalDate(), rows.getInt(4), rows.getBoolean(5), rows.getBoolean(6)));
                }
            }
            return deleted;
        });
        batch("""
                insert into label_fact (tenant_id, declaration_id, item_number, entity_kind, entity_key, inspection_date,
                    illicit, with_revenue)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", facts, (statement, fact) -> {
            statement.setString(1, tenant);
            statement.setString(2, declarationId);
            statement.setInt(3, fact.itemNumber());
            statement.setString(4, fact.kind().name());
            statement.setString(5, fact.key());
            statement.setDate(6, Date.valueOf(fact.day()));
            statement.setBoolean(7, fact.illicit());
            statement.setBoolean(8, fact.withRevenue());
        });
        return former;
    }

    /**
     * The id of the current transaction, which has written: its commit is what {@link PgSnapshot#includes}
     * is asked about.
     */
    public long transactionId() {
        return query("select pg_current_xact_id()::text", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Long.parseLong(rows.getString(1));
            }
        });
    }

    /** A profile's inspections as per-day buckets, in order of day. */
    public TimelineRead<LabelTimeline> labelTimeline(String tenant, EntityKind kind, String key) {
        return timeline("""
                select inspection_date, count(*), count(*) filter (where illicit), count(*) filter (where with_revenue)
                from label_fact where tenant_id = ? and entity_kind = ? and entity_key = ?
                group by inspection_date""", "inspection_date", statement -> {
            statement.setString(1, tenant);
            statement.setString(2, kind.name());
            statement.setString(3, key);
        }, rows -> new LabelTimeline.DayBucket(rows.getDate(2).toLocalDate(), rows.getInt(3), rows.getInt(4),
                rows.getInt(5)), LabelTimeline::new);
    }

    public TimelineRead<PriceTimeline> priceTimeline(String tenant, PriceKind kind, String key) {
        return timeline("""
                select acceptance_date, price from price_fact where tenant_id = ? and price_kind = ? and price_key = ?""",
                "acceptance_date", statement -> {
                    statement.setString(1, tenant);
                    statement.setString(2, kind.name());
                    statement.setString(3, key);
                }, rows -> new PriceTimeline.Observation(rows.getDate(2).toLocalDate(), rows.getDouble(3)),
                PriceTimeline::new);
    }

    public TimelineRead<LodgementTimeline> lodgements(String tenant, String importerId) {
        return timeline("""
                select acceptance_date, count(*) from declaration where tenant_id = ? and importer_id = ?
                group by acceptance_date""", "acceptance_date", statement -> {
            statement.setString(1, tenant);
            statement.setString(2, importerId);
        }, rows -> new LodgementTimeline.DayCount(rows.getDate(2).toLocalDate(), rows.getInt(3)),
                LodgementTimeline::new);
    }

    /**
     * Reads the rows of {@code sql} in order of {@code day}, and in the same statement the snapshot they
     * were read in (one row without data when there are none). Columns of {@code sql} start at 2.
     */
    private <R, T> TimelineRead<T> timeline(String sql, String day, Binder binder, RowReader<R> reader,
            Function<List<R>, T> timeline) {
        return query("select pg_current_snapshot()::text, t.* from (select 1) one left join (" + sql
                + ") t on true order by t." + day, statement -> {
                    binder.bind(statement);
                    List<R> read = new ArrayList<>();
                    PgSnapshot snapshot = null;
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            snapshot = snapshot == null ? PgSnapshot.parse(rows.getString(1)) : snapshot;
                            if (rows.getObject(2) != null) {
                                read.add(reader.read(rows));
                            }
                        }
                    }
                    return new TimelineRead<>(timeline.apply(read), snapshot);
                });
    }

    DeclarationPayload payload(String body) {
        try {
            return json.readValue(body, DeclarationPayload.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored declaration cannot be read", e);
        }
    }

    @FunctionalInterface
    interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader<R> {
        R read(ResultSet rows) throws SQLException;
    }

    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    <T> T query(String sql, StatementWork<T> work) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("history query failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Binder binder) {
        query(sql, statement -> {
            binder.bind(statement);
            return statement.executeUpdate();
        });
    }

    private <T> void batch(String sql, List<T> rows, RowBinder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        query(sql, statement -> {
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }
}
