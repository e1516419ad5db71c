package org.customsrisk.ingestion.bulk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.common.testing.RabbitMqBroker;
import org.junit.jupiter.api.Test;

/**
 * RabbitMQ is stopped while a file is imported: the import completes (the events wait in the
 * outbox), and once the broker is back every event is delivered, and none was written twice.
 */
@QuarkusIntegrationTest
class BrokerOutageIT {

    private static final Path KCS_VALID = Path.of("..", "datasets", "kcs", "df_syn_valid_eng.csv");

    @Test
    void eventsOfAnImportDuringABrokerOutageAreDeliveredWhenItReturns() throws IOException {
        Set<String> ids = KcsBulkImportIT.declarationIds(KCS_VALID);
        String queue = "test.ingestion.outage." + UUID.randomUUID();
        EventQueue.declareDurable(queue, "declaration.ingested.ng");
        List<EventQueue.Delivery> delivered = new ArrayList<>();
        try {
            RabbitMqBroker.stop();
            String token = KeycloakTokens.ofIntegrator("ng");
            try {
                JsonPath job = BulkJobs.awaitFinished(token, BulkJobs.upload(token, KCS_VALID, "KCS", false));
                assertThat(job.getString("status")).isEqualTo("COMPLETED");
                assertThat(job.getLong("rowsAccepted")).isEqualTo(ids.size());
                assertThat(pendingEvents()).isGreaterThanOrEqualTo(ids.size());
            } finally {
                RabbitMqBroker.start();
            }

            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                delivered.addAll(EventQueue.drainDurable(queue));
                return subjects(delivered, ids).size() == ids.size();
            });
        } finally {
            EventQueue.deleteDurable(queue);
        }
        assertThat(subjects(delivered, ids)).hasSize(ids.size());
        assertThat(IngestionDatabase.count("""
                select count(*) from (
                    select subject from outbox_event where tenant_id = 'ng' and event_type = 'declaration.ingested'
                    group by subject having count(*) > 1) twice""")).isZero();
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> IngestionDatabase.count("select count(*) from outbox_event where published_at is null") == 0);
    }

    private static Set<String> subjects(List<EventQueue.Delivery> deliveries, Set<String> ids) {
        return deliveries.stream().map(delivery -> delivery.header("cloudEvents:subject"))
                .filter(ids::contains).collect(Collectors.toSet());
    }

    private static long pendingEvents() {
        return ((Number) given().when().get("/q/health/well").then().extract()
                .path("checks.find { it.name == 'Outbox to RabbitMQ' }.data.pendingEvents")).longValue();
    }
}
