package org.customsrisk.scoring.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.EventPublisher;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.contracts.Channel;
import org.customsrisk.contracts.inspection.InspectionRecorded;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.scoring.assessment.FeatureEvents;
import org.customsrisk.scoring.assessment.TrainedModel;
import org.junit.jupiter.api.Test;

/**
 * The performance reports of the packaged service over a stream of assessed declarations and the
 * inspection results that come back for some of them: counts, hit rates and the inverse-propensity
 * estimates must be exactly what the assessments and results imply.
 */
@QuarkusIntegrationTest
class ReportIT {

    private static final LocalDate DAY = LocalDate.of(2019, 6, 3);
    private static final String OFFICE = "RPT-" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void reportsAgreeWithTheAssessmentsAndTheInspectionResults() {
        String model = "report-" + UUID.randomUUID();
        Map<String, JsonNode> assessed = new HashMap<>();
        Map<String, Boolean> illicit = new HashMap<>();
        try (EventPublisher publisher = new EventPublisher(); EventQueue scored = EventQueue.bind("declaration.scored.ng")) {
            publisher.publish("model.promoted", "ng", model,
                    TrainedModel.train(13, 30).store("ng", model, 1, ModelStage.PRODUCTION));
            SplittableRandom random = new SplittableRandom(99);
            Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
                String probe = "NG-RPT-PROBE-" + UUID.randomUUID();
                publisher.publish("features.computed", "ng", probe,
                        FeatureEvents.of("ng", probe, "847130", TrainedModel.randomVector(random)));
                return model.equals(body(scored.await(d -> probe.equals(d.header("cloudEvents:subject")), 1,
                        Duration.ofMinutes(1)).get(0)).path("modelName").asText());
            });
            for (int i = 0; i < 2000; i++) {
                String id = "NG-RPT-" + OFFICE + "-" + i;
                publisher.publish("features.computed", "ng", id,
                        FeatureEvents.of("ng", id, "847130", TrainedModel.randomVector(random), DAY, OFFICE));
            }
            for (EventQueue.Delivery delivery : scored.await(d -> d.header("cloudEvents:subject").startsWith(
                    "NG-RPT-" + OFFICE), 2000, Duration.ofMinutes(3))) {
                assessed.put(delivery.header("cloudEvents:subject"), body(delivery));
            }
            assessed.forEach((id, assessment) -> {
                String mode = assessment.get("selectionMode").asText();
                if (mode.equals("MODEL") && assessment.get("channel").asText().equals("RED") || mode.equals("EXPLORATION")) {
                    boolean found = id.hashCode() % 3 == 0;
                    illicit.put(id, found);
                    publisher.publish("inspection.recorded", "ng", id, new InspectionRecorded("ng", id, null, 1, found,
                            false, found ? BigDecimal.valueOf(250) : BigDecimal.ZERO, "NGN", DAY.plusDays(1), Channel.RED,
                            null, Instant.now()));
                }
            });
        }
        String analyst = KeycloakTokens.ofUser("ng-analyst");
        Awaitility.await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).until(() ->
                inspected(performance(analyst)) == illicit.size());

        JsonPath channels = given().auth().oauth2(analyst).queryParam("acceptedFrom", DAY.toString())
                .queryParam("acceptedTo", DAY.toString())
                .when().get("/api/reports/channels").then().statusCode(200).extract().jsonPath();
        Map<String, Object> office = channels.getMap("find { it.customsOfficeCode == '" + OFFICE + "' }");
        assertThat(((Number) office.get("declarations")).longValue()).isEqualTo(2000);
        assertThat(((Number) office.get("red")).longValue()).isEqualTo(count(assessed, "channel", "RED"));
        assertThat(((Number) office.get("green")).longValue()).isEqualTo(count(assessed, "channel", "GREEN"));

        JsonPath performance = performance(analyst);
        long modelRed = assessed.values().stream().filter(a -> a.get("selectionMode").asText().equals("MODEL")
                && a.get("channel").asText().equals("RED")).count();
        long modelRedIllicit = illicit.entrySet().stream().filter(e -> e.getValue()
                && assessed.get(e.getKey()).get("selectionMode").asText().equals("MODEL")).count();
        assertThat(performance.getDouble("modelPrecision")).isCloseTo(modelRedIllicit / (double) modelRed, within(1e-6));

        double weightedIllicit = 0;
        double weights = 0;
        for (String id : illicit.keySet()) {
            if (assessed.get(id).get("selectionMode").asText().equals("EXPLORATION")) {
                double propensity = given().auth().oauth2(analyst).when().get("/api/assessments/{id}", id)
                        .then().statusCode(200).extract().jsonPath().getDouble("inspectionProbability");
                weights += 1 / propensity;
                weightedIllicit += illicit.get(id) ? 1 / propensity : 0;
            }
        }
        assertThat(performance.getDouble("estimatedIllicitRateNotSelected"))
                .isCloseTo(weightedIllicit / weights, within(1e-6));

        given().auth().oauth2(analyst).when().get("/api/reports/score-drift")
                .then().statusCode(200)
                .body("modelName", org.hamcrest.Matchers.equalTo(model))
                .body("psi", org.hamcrest.Matchers.lessThan(0.1f));
    }

    @Test
    void reportsAreForAnalystsAndManagersOverAValidWindow() {
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng")).queryParam("acceptedFrom", "2019-01-01")
                .queryParam("acceptedTo", "2019-01-02")
                .when().get("/api/reports/channels").then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.ofUser("ng-risk-manager")).queryParam("acceptedFrom", "2019-02-01")
                .queryParam("acceptedTo", "2019-01-02")
                .when().get("/api/reports/channels").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("acceptedTo"));
    }

    private static JsonPath performance(String token) {
        return given().auth().oauth2(token).queryParam("acceptedFrom", DAY.toString())
                .queryParam("acceptedTo", DAY.toString())
                .when().get("/api/reports/selection-performance").then().statusCode(200).extract().jsonPath();
    }

    private static long inspected(JsonPath performance) {
        List<Integer> counts = performance.getList("modes.inspected");
        return counts.stream().mapToLong(Integer::longValue).sum();
    }

    private static long count(Map<String, JsonNode> assessed, String field, String value) {
        return assessed.values().stream().filter(a -> a.get(field).asText().equals(value)).count();
    }

    private static JsonNode body(EventQueue.Delivery delivery) {
        try {
            return EventPublisher.JSON.readTree(delivery.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
