package org.customsrisk.feature.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.customsrisk.common.testing.EventPublisher;
import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.customsrisk.feature.computation.HistoryFacts;

/**
 * Writes the KCS declarations straight into the test database as the consumers would have stored
 * them (revision 1, one whole-declaration result each, their facts), much faster than 45,000 events.
 */
public final class KcsHistoryLoader {

    private KcsHistoryLoader() {
    }

    public static void load(String tenant, List<KcsDeclarations.Labelled> declarations) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/feature_test?reWriteBatchedInserts=true", "feature", "feature")) {
            connection.setAutoCommit(false);
            try (PreparedStatement declaration = connection.prepareStatement("""
                    insert into declaration (tenant_id, declaration_id, revision, acceptance_date, importer_id, payload,
                        received_at) values (?, ?, 1, ?, ?, ?::jsonb, ?)""");
                    PreparedStatement result = connection.prepareStatement("""
                            insert into inspection_result (tenant_id, declaration_id, item_number, version, illicit,
                                critical, revenue_recovered, inspection_date) values (?, ?, 0, 1, ?, ?, null, ?)""");
                    PreparedStatement label = connection.prepareStatement("""
                            insert into label_fact (tenant_id, declaration_id, item_number, entity_kind, entity_key,
                                inspection_date, illicit, with_revenue) values (?, ?, ?, ?, ?, ?, ?, ?)""");
                    PreparedStatement price = connection.prepareStatement("""
                            insert into price_fact (tenant_id, declaration_id, item_number, price_kind, price_key,
                                acceptance_date, price) values (?, ?, ?, ?, ?, ?, ?)""")) {
                Timestamp received = Timestamp.from(Instant.now());
                for (KcsDeclarations.Labelled labelled : declarations) {
                    DeclarationPayload payload = labelled.declaration();
                    String id = payload.declarationId();
                    declaration.setString(1, tenant);
                    declaration.setString(2, id);
                    declaration.setDate(3, Date.valueOf(payload.acceptanceDate()));
                    declaration.setString(4, HistoryFacts.importer(payload));
                    declaration.setString(5, EventPublisher.JSON.writeValueAsString(payload));
                    declaration.setTimestamp(6, received);
                    declaration.addBatch();
                    result.setString(1, tenant);
                    result.setString(2, id);
                    result.setBoolean(3, labelled.result().label().illicit());
                    result.setBoolean(4, labelled.result().label().critical());
                    result.setDate(5, Date.valueOf(labelled.result().label().inspectionDate()));
                    result.addBatch();
                    for (HistoryFacts.LabelFact fact : HistoryFacts.labels(payload,
                            HistoryFacts.labelsByItem(payload, List.of(labelled.result())))) {
                        label.setString(1, tenant);
                        label.setString(2, id);
                        label.setInt(3, fact.itemNumber());
                        label.setString(4, fact.kind().name());
                        label.setString(5, fact.key());
                        label.setDate(6, Date.valueOf(fact.day()));
                        label.setBoolean(7, fact.illicit());
                        label.setBoolean(8, fact.withRevenue());
                        label.addBatch();
                    }
                    for (HistoryFacts.PriceFact fact : HistoryFacts.prices(payload)) {
                        price.setString(1, tenant);
                        price.setString(2, id);
                        price.setInt(3, fact.itemNumber());
                        price.setString(4, fact.kind().name());
                        price.setString(5, fact.key());
                        price.setDate(6, Date.valueOf(fact.day()));
                        price.setDouble(7, fact.price());
                        price.addBatch();
                    }
                }
                declaration.executeBatch();
                result.executeBatch();
                label.executeBatch();
                price.executeBatch();
            }
            connection.commit();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot load the KCS history", e);
        }
    }
}
