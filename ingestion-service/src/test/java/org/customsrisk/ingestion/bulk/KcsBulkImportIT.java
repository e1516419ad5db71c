package org.customsrisk.ingestion.bulk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.common.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

/**
 * The whole KCS train year (37,385 declarations with their labels) through one bulk job of the
 * packaged service: every row stored, every declaration and result announced exactly once.
 */
@QuarkusIntegrationTest
class KcsBulkImportIT {

    static final Path KCS_TRAIN = Path.of("..", "datasets", "kcs", "df_syn_train_eng.csv");
    private static final int ROWS = 37_385;

    @Test
    void fullTrainYearIsImportedWithLabelsAndAnnouncedOnce() throws IOException {
        Set<String> ids = declarationIds(KCS_TRAIN);
        assertThat(ids).hasSize(ROWS);
        try (EventQueue events = EventQueue.bind("declaration.ingested.kr", "inspection.recorded.kr")) {
            String token = KeycloakTokens.ofIntegrator("kr");
            JsonPath job = BulkJobs.awaitFinished(token, BulkJobs.upload(token, KCS_TRAIN, "KCS", true));

            assertThat(job.getString("status")).isEqualTo("COMPLETED");
            assertThat(job.getLong("rowsRead")).isEqualTo(ROWS);
            assertThat(job.getLong("rowsAccepted")).isEqualTo(ROWS);
            assertThat(job.getLong("rowsRejected")).isZero();
            assertThat(job.getLong("declarationsCreated") + job.getLong("declarationsUnchanged")).isEqualTo(ROWS);
            assertThat(job.getDouble("rowsPerSecond")).isPositive();

            events.await(delivery -> ids.contains(delivery.header("cloudEvents:subject")), 2 * ROWS,
                    Duration.ofMinutes(3));
            assertThat(events.received().stream()
                    .filter(delivery -> ids.contains(delivery.header("cloudEvents:subject")))
                    .collect(Collectors.groupingBy(delivery -> delivery.header("cloudEvents:type"),
                            Collectors.mapping(delivery -> delivery.header("cloudEvents:subject"), Collectors.toSet()))))
                    .hasEntrySatisfying("declaration.ingested", subjects -> assertThat(subjects).hasSize(ROWS))
                    .hasEntrySatisfying("inspection.recorded", subjects -> assertThat(subjects).hasSize(ROWS));
        }
        assertThat(IngestionDatabase.count("""
                select count(*) from (
                    select subject from outbox_event where tenant_id = 'kr' and event_type = 'declaration.ingested'
                    group by subject having count(*) > 1) twice""")).isZero();
        assertThat(IngestionDatabase.count("select count(*) from outbox_event where published_at is null")).isZero();
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .queryParam("hsPrefix", "440890").queryParam("acceptedFrom", "2020-01-01")
                .queryParam("acceptedTo", "2020-01-01")
                .when().get("/api/declarations")
                .then().statusCode(200)
                .body("items.declarationId", org.hamcrest.Matchers.hasItem("97061800"));
    }

    static Set<String> declarationIds(Path kcsFile) throws IOException {
        try (var lines = Files.lines(kcsFile)) {
            return lines.skip(1).map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toSet());
        }
    }
}
