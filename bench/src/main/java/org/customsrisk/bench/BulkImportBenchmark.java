package org.customsrisk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * Pair 4 of issue 9: a bulk CSV import of the KCS train year (37,385 declarations, with their labels)
 * through ingestion-service, beside PostgreSQL's COPY of the same file into a plain table of the same
 * server. The import stores each row as a revision, a goods item, an inspection result and two
 * outbox events, all validated; COPY only appends rows. Goal: at least 30% of COPY's rows per second.
 */
final class BulkImportBenchmark {

    private static final double GOAL = 0.30;
    private static final int COPY_RUNS = 3;

    private final Platform platform;

    BulkImportBenchmark(Platform platform) {
        this.platform = platform;
    }

    Comparison run() throws Exception {
        Path source = Platform.repositoryRoot().resolve("datasets/kcs/df_syn_train_eng.csv");
        String prefix = "B" + System.currentTimeMillis() + "-";
        Path file = Files.createTempFile("bench-kcs-", ".csv");
        long rows = withFreshIds(source, file, prefix);
        try {
            double[] copy = new double[COPY_RUNS];
            for (int run = 0; run < COPY_RUNS; run++) {
                copy[run] = copyRowsPerSecond(file, rows);
            }
            Arrays.sort(copy);
            double copyMedian = copy[COPY_RUNS / 2];

            String token = platform.integratorToken("kr");
            long started = System.nanoTime();
            JsonNode job = platform.upload(Platform.INGESTION + "/api/bulk-imports", token, file,
                    Map.of("layout", "KCS", "labels", "true"));
            String jobId = job.get("jobId").asText();
            JsonNode finished = awaitJob(token, jobId);
            double endToEndSeconds = (System.nanoTime() - started) / 1e9;
            if (!"COMPLETED".equals(finished.get("status").asText()) || finished.get("rowsAccepted").asLong() != rows) {
                throw new IllegalStateException("the import did not complete cleanly: " + finished);
            }
            double importRate = finished.get("rowsPerSecond").asDouble();
            double ratio = importRate / copyMedian;
            Map<String, Object> details = Comparison.newDetails();
            details.put("rows", rows);
            details.put("COPY runs (rows/s)", Arrays.stream(copy).mapToLong(Math::round).toArray());
            details.put("import, upload included (rows/s)", Math.round(rows / endToEndSeconds));
            details.put("declarations created", finished.get("declarationsCreated").asLong());
            details.put("inspection results", finished.get("inspectionResults").asLong());
            return new Comparison("bulk-import", "Bulk CSV import versus PostgreSQL COPY", "rows/s", importRate,
                    "ingestion-service bulk job (KCS layout, with labels)", copyMedian,
                    "COPY into a plain table (median of " + COPY_RUNS + ")", ratio,
                    "at least " + Math.round(GOAL * 100) + "% of COPY", ratio >= GOAL, details,
                    "Each imported row is validated and written as a revision, a goods item, an inspection result "
                            + "and two outbox events (declaration.ingested, inspection.recorded), with the indexes "
                            + "of each; the relay publishes the events at the same time on the same two cores.");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Copies the KCS file with every declaration id prefixed, so that the import stores new declarations. */
    private static long withFreshIds(Path source, Path target, String prefix) throws IOException {
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.newLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(prefix);
                out.write(line);
                out.newLine();
                rows++;
            }
        }
        return rows;
    }

    private static double copyRowsPerSecond(Path file, long rows) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(Platform.JDBC + "ingestion", "ingestion", "ingestion");
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    create temp table kcs_copy (declaration_id text, date date, office_id text, process_type text,
                        import_type text, import_use text, payment_type text, mode_of_transport text,
                        declarant_id text, importer_id text, seller_id text, courier_id text, hs6_code text,
                        country_of_departure text, country_of_origin text, tax_rate numeric, tax_type text,
                        origin_indicator text, net_mass numeric, item_price numeric, fraud int, critical_fraud int)""");
            long started = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY kcs_copy FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
                if (copied != rows) {
                    throw new IllegalStateException("COPY stored " + copied + " rows of " + rows);
                }
            }
            return rows / ((System.nanoTime() - started) / 1e9);
        }
    }

    private JsonNode awaitJob(String token, String jobId) throws IOException, InterruptedException {
        while (true) {
            JsonNode job = platform.getJson(Platform.INGESTION + "/api/bulk-imports/" + jobId, token);
            String status = job.get("status").asText();
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(250);
        }
    }
}
