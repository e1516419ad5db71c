package org.customsrisk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.common.testing.RabbitMqBroker;
import org.customsrisk.common.testing.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing accepted is lost, nothing is scored twice, whatever fails meanwhile: tenant ng's integrator
 * submits declarations in batches through the gateway while RabbitMQ is restarted twice,
 * scoring-service is killed with SIGKILL and started again, and feature-service is restarted. At the
 * end every accepted declaration has exactly one assessment. The submissions are spread over
 * {@code -Dfaults.seconds} (default 180) so that every fault strikes while declarations still arrive.
 * {@code -Dfaults.declarations=10000} runs the full size (default 1000, the reduced suite of CI); the
 * figures go to bench/results/faults.json and docs/reliability.md.
 */
@ExtendWith(E2ePlatform.class)
class FaultToleranceIT {

    private static final int BATCH = 50;
    private static final String ACCEPTED_ON = "2019-07-01";

    @Test
    void everyDeclarationAcceptedDuringBrokerRestartsAndServiceCrashesIsAssessedExactlyOnce() throws Exception {
        int declarations = Integer.getInteger("faults.declarations", 1000);
        Duration spread = Duration.ofSeconds(Integer.getInteger("faults.seconds", 180));
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        String prefix = "NG-FAULT-" + run + "-";
        List<String> faults = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger retriedBatches = new AtomicInteger();
        AtomicInteger faultsWhileSubmitting = new AtomicInteger();
        Instant start = Instant.now();

        CompletableFuture<Void> submissions = CompletableFuture.runAsync(() -> {
            for (int first = 0; first < declarations; first += BATCH) {
                Instant due = start.plus(spread.multipliedBy(first).dividedBy(declarations));
                sleep(Duration.between(Instant.now(), due));
                submitUntilAccepted(prefix, first, Math.min(BATCH, declarations - first), retriedBatches);
                sent.addAndGet(Math.min(BATCH, declarations - first));
            }
        });
        List<Map.Entry<Double, IntConsumer>> plan = List.of(
                Map.entry(0.2, at -> restartBroker(faults, at)),
                Map.entry(0.4, at -> {
                    E2ePlatform.kill("scoring-service");
                    faults.add("scoring-service killed with SIGKILL after " + at + " declarations, then started again");
                    E2ePlatform.restart("scoring-service");
                }),
                Map.entry(0.6, at -> {
                    faults.add("feature-service restarted after " + at + " declarations");
                    E2ePlatform.restart("feature-service");
                }),
                Map.entry(0.8, at -> restartBroker(faults, at)));
        for (Map.Entry<Double, IntConsumer> fault : plan) {
            int threshold = (int) (declarations * fault.getKey());
            await().atMost(Duration.ofMinutes(10)).until(() -> sent.get() >= threshold || submissions.isDone());
            if (!submissions.isDone()) {
                faultsWhileSubmitting.incrementAndGet();
            }
            fault.getValue().accept(sent.get());
        }
        submissions.get();
        Duration submitting = Duration.between(start, Instant.now());

        await("an assessment of every declaration").atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(5))
                .until(() -> count("scoring", "select count(*) from assessment where tenant_id = 'ng' and declaration_id like ?",
                        prefix + "%") >= declarations);
        Duration total = Duration.between(start, Instant.now());

        long stored = count("ingestion", "select count(*) from declaration where tenant_id = 'ng' and declaration_id like ?",
                prefix + "%");
        long revisions = count("ingestion",
                "select count(*) from declaration_revision where tenant_id = 'ng' and declaration_id like ?", prefix + "%");
        long assessments = count("scoring", "select count(*) from assessment where tenant_id = 'ng' and declaration_id like ?",
                prefix + "%");
        long assessed = count("scoring",
                "select count(distinct declaration_id) from assessment where tenant_id = 'ng' and declaration_id like ?",
                prefix + "%");

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("declarations", declarations);
        results.put("faults", faults);
        results.put("faultsWhileSubmitting", faultsWhileSubmitting.get());
        results.put("batchesResent", retriedBatches.get());
        results.put("secondsSubmitting", submitting.toSeconds());
        results.put("secondsToLastAssessment", total.toSeconds());
        results.put("stored", stored);
        results.put("assessed", assessed);
        results.put("lost", declarations - assessed);
        results.put("duplicated", assessments - assessed + (revisions - stored));
        SuiteReport.write("faults", "reliability.md", results);

        assertThat(stored).isEqualTo(declarations);
        assertThat(revisions).as("a resent batch creates no new revision").isEqualTo(declarations);
        assertThat(assessments).as("one assessment per declaration").isEqualTo(declarations);
        assertThat(assessed).isEqualTo(declarations);
        assertThat(faults).hasSize(4);
        assertThat(faultsWhileSubmitting.get()).as("faults that struck while declarations still arrived").isEqualTo(4);
    }

    private static void restartBroker(List<String> faults, int at) {
        RabbitMqBroker.stop();
        sleep(Duration.ofSeconds(5));
        RabbitMqBroker.start();
        faults.add("RabbitMQ stopped for 5 s after " + at + " declarations");
    }

    /** Resending a batch is safe: ingestion recognises declarations already stored with the same content. */
    private static void submitUntilAccepted(String prefix, int first, int size, AtomicInteger retriedBatches) {
        StringBuilder batch = new StringBuilder("{\"declarations\":[");
        for (int i = first; i < first + size; i++) {
            batch.append(i == first ? "" : ",").append(declaration(prefix + i, i));
        }
        batch.append("]}");
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                Response response = given().auth().oauth2(KeycloakTokens.ofIntegrator("ng")).baseUri(E2ePlatform.gateway())
                        .contentType("application/json").body(batch.toString())
                        .when().post("/api/v1/declaration-batches");
                if (response.statusCode() == 202) {
                    return;
                }
                assertThat(response.statusCode()).as(response.asString()).isGreaterThanOrEqualTo(500);
            } catch (RuntimeException unreachable) {
                // the gateway or a service behind it is being restarted: send the batch again
            }
            retriedBatches.incrementAndGet();
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("the batch from " + prefix + first + " was never accepted");
    }

    private static String declaration(String id, int index) {
        return """
                {"declarationId":"%s","acceptanceDate":"%s","customsOfficeCode":"LOS-%d","importerId":"NG-IMP-%d",
                 "declarantId":"NG-DEC-%d","countryOfDeparture":"CN","goodsItems":[{"itemNumber":1,
                 "hsCode":"%s","countryOfOrigin":"CN","netMassKg":%d,"cifValue":%d,"currency":"NGN","taxRate":20}]}"""
                .formatted(id, ACCEPTED_ON, index % 3, index % 97, index % 13, index % 2 == 0 ? "870323" : "610910",
                        100 + index % 400, 5000 + 37L * index);
    }

    private static long count(String service, String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + service + "_e2e",
                service, service);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void sleep(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
