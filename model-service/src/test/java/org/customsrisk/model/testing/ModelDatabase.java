package org.customsrisk.model.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The service's test database, for what only the database can show or what a crash leaves behind. */
public final class ModelDatabase {

    /** PostgreSQL's "too many connections": the server is shared by every service's tests on the machine. */
    private static final String TOO_MANY_CONNECTIONS = "53300";
    private static final int ATTEMPTS = 60;

    private ModelDatabase() {
    }

    public static Connection connect() throws SQLException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/model_test", "model", "model");
            } catch (SQLException e) {
                if (!TOO_MANY_CONNECTIONS.equals(e.getSQLState()) || attempt == ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }
}
