package org.customsrisk.model.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The service's test database, for what only the database can show or what a crash leaves behind. */
public final class ModelDatabase {

    private ModelDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/model_test", "model", "model");
    }
}
