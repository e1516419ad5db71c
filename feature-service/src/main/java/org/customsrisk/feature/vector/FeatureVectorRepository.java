package org.customsrisk.feature.vector;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.customsrisk.contracts.feature.ItemFeatures;

/** The vectors computed for the latest revision of each declaration. */
@ApplicationScoped
public class FeatureVectorRepository {

    /** The stored vectors of one revision of a declaration. */
    public record StoredVectors(int revision, int schemaVersion, Instant computedAt, List<ItemFeatures> items) {
    }

    private final DataSource dataSource;

    FeatureVectorRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void replace(String tenant, String declarationId, int revision, int schemaVersion, Instant computedAt,
            List<ItemFeatures> items) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from feature_vector where tenant_id = ? and declaration_id = ?")) {
                delete.setString(1, tenant);
                delete.setString(2, declarationId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into feature_vector (tenant_id, declaration_id, revision, item_number, schema_version,
                        feature_values, computed_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                for (ItemFeatures item : items) {
                    insert.setString(1, tenant);
                    insert.setString(2, declarationId);
                    insert.setInt(3, revision);
                    insert.setInt(4, item.itemNumber());
                    insert.setInt(5, schemaVersion);
                    insert.setArray(6, connection.createArrayOf("float8", item.values().toArray()));
                    insert.setTimestamp(7, Timestamp.from(computedAt));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the vectors of " + declarationId, e);
        }
    }

    /** The vectors of the latest revision, in item order. */
    public Optional<StoredVectors> latest(String tenant, String declarationId, int schemaVersion) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select revision, computed_at, item_number, feature_values from feature_vector
                        where tenant_id = ? and declaration_id = ? and schema_version = ? order by item_number""")) {
            select.setString(1, tenant);
            select.setString(2, declarationId);
            select.setInt(3, schemaVersion);
            List<ItemFeatures> items = new ArrayList<>();
            int revision = 0;
            Instant computedAt = null;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    revision = rows.getInt(1);
                    computedAt = rows.getTimestamp(2).toInstant();
                    Array values = rows.getArray(4);
                    items.add(new ItemFeatures(rows.getInt(3), Arrays.asList((Double[]) values.getArray())));
                }
            }
            return items.isEmpty() ? Optional.empty()
                    : Optional.of(new StoredVectors(revision, schemaVersion, computedAt, List.copyOf(items)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the vectors of " + declarationId, e);
        }
    }
}
