package org.customsrisk.feature.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.feature.computation.EntityKind;
import org.customsrisk.feature.computation.InMemoryProfileHistory;
import org.customsrisk.feature.computation.InspectionResult;
import org.customsrisk.feature.computation.ItemLabel;
import org.customsrisk.feature.computation.LabelTimeline;
import org.customsrisk.feature.computation.PriceKind;
import org.customsrisk.feature.computation.PriceTimeline;
import org.customsrisk.feature.history.HistoryRepository;

/** The bulk reads of a training set: a tenant's whole history up to a date, and its labelled declarations. */
@ApplicationScoped
public class TrainingSetRepository {

    /** A labelled declaration with the latest versions of its results. */
    public record LabelledDeclaration(DeclarationPayload declaration, List<InspectionResult> results) {
    }

    /** Receives the labelled declarations one by one, in order. */
    @FunctionalInterface
    public interface LabelledConsumer {
        void accept(LabelledDeclaration labelled) throws IOException;
    }

    private static final int FETCH_SIZE = 1000;

    private final DataSource dataSource;
    private final ObjectMapper json;

    TrainingSetRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Every fact dated strictly before {@code until}: what any declaration accepted up to that day may see. */
    public InMemoryProfileHistory historyBefore(String tenant, LocalDate until) throws SQLException {
        InMemoryProfileHistory.Builder history = InMemoryProfileHistory.builder();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement labels = connection.prepareStatement("""
                    select entity_kind, entity_key, inspection_date, count(*), count(*) filter (where illicit),
                        count(*) filter (where with_revenue)
                    from label_fact where tenant_id = ? and inspection_date < ?
                    group by entity_kind, entity_key, inspection_date""")) {
                labels.setString(1, tenant);
                labels.setDate(2, Date.valueOf(until));
                try (ResultSet rows = labels.executeQuery()) {
                    while (rows.next()) {
                        history.labelBucket(EntityKind.valueOf(rows.getString(1)), rows.getString(2),
                                new LabelTimeline.DayBucket(rows.getDate(3).toLocalDate(), rows.getInt(4),
                                        rows.getInt(5), rows.getInt(6)));
                    }
                }
            }
            try (PreparedStatement prices = connection.prepareStatement("""
                    select price_kind, price_key, acceptance_date, price from price_fact
                    where tenant_id = ? and acceptance_date < ?""")) {
                prices.setString(1, tenant);
                prices.setDate(2, Date.valueOf(until));
                try (ResultSet rows = prices.executeQuery()) {
                    while (rows.next()) {
                        history.price(PriceKind.valueOf(rows.getString(1)), rows.getString(2),
                                new PriceTimeline.Observation(rows.getDate(3).toLocalDate(), rows.getDouble(4)));
                    }
                }
            }
            try (PreparedStatement lodgements = connection.prepareStatement("""
                    select importer_id, acceptance_date, count(*) from declaration
                    where tenant_id = ? and acceptance_date < ? and importer_id is not null
                    group by importer_id, acceptance_date""")) {
                lodgements.setString(1, tenant);
                lodgements.setDate(2, Date.valueOf(until));
                try (ResultSet rows = lodgements.executeQuery()) {
                    while (rows.next()) {
                        history.lodgements(rows.getString(1), rows.getDate(2).toLocalDate(), rows.getInt(3));
                    }
                }
            }
        }
        return history.build();
    }

    /**
     * The declarations accepted from {@code from} to {@code to} (both included) that have a result, in
     * order of acceptance date and declaration id, read in pages rather than all at once.
     */
    public void labelledDeclarations(String tenant, LocalDate from, LocalDate to, LabelledConsumer consumer)
            throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("""
                    select d.declaration_id, d.payload, r.item_number, r.illicit, r.critical, r.revenue_recovered,
                        r.inspection_date
                    from declaration d join inspection_result r
                        on r.tenant_id = d.tenant_id and r.declaration_id = d.declaration_id
                    where d.tenant_id = ? and d.acceptance_date between ? and ?
                    order by d.acceptance_date, d.declaration_id""")) {
                select.setFetchSize(FETCH_SIZE);
                select.setString(1, tenant);
                select.setDate(2, Date.valueOf(from));
                select.setDate(3, Date.valueOf(to));
                try (ResultSet rows = select.executeQuery()) {
                    String current = null;
                    DeclarationPayload declaration = null;
                    List<InspectionResult> results = new ArrayList<>();
                    while (rows.next()) {
                        String id = rows.getString(1);
                        if (!id.equals(current)) {
                            if (declaration != null) {
                                consumer.accept(new LabelledDeclaration(declaration, List.copyOf(results)));
                            }
                            current = id;
                            declaration = json.readValue(rows.getString(2), DeclarationPayload.class);
                            results.clear();
                        }
                        int item = rows.getInt(3);
                        ItemLabel label = new ItemLabel(rows.getBoolean(4), rows.getBoolean(5), rows.getBigDecimal(6),
                                rows.getDate(7).toLocalDate());
                        results.add(new InspectionResult(item == HistoryRepository.WHOLE_DECLARATION ? null : item, label));
                    }
                    if (declaration != null) {
                        consumer.accept(new LabelledDeclaration(declaration, List.copyOf(results)));
                    }
                }
            } finally {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
