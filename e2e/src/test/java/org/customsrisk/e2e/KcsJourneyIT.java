package org.customsrisk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.customsrisk.common.testing.SuiteReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journey an administration makes on its first weeks with the platform, through the gateway only,
 * with the KCS synthetic declarations: its integrator loads the year 2020 with the inspection results as
 * labels; its model manager trains a model on that year, and it is promoted under four eyes; then the
 * first quarter of 2021 arrives without labels, and every declaration of it is scored and given a
 * channel. The labels of that quarter, kept back, judge the selection: the precision at a 5% inspection
 * rate is written to bench/results/kcs-journey.json and docs/detection-quality.md.
 */
@ExtendWith(E2ePlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KcsJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = "kcs-fraud";
    private static final Map<String, Object> RESULTS = new LinkedHashMap<>();
    private static int productionVersion;

    @Test
    @Order(1)
    void theIntegratorLoadsTheYear2020WithItsInspectionResults() {
        JsonNode job = importFile(KcsLabels.TRAIN, true);

        assertThat(job.path("rowsAccepted").asLong()).isEqualTo(37_385);
        assertThat(job.path("rowsRejected").asLong()).isZero();
        assertThat(job.path("inspectionResults").asLong()).isEqualTo(37_385);
        RESULTS.put("trainRowsPerSecond", job.path("rowsPerSecond").asDouble());

        Instant start = Instant.now();
        await("every labelled goods item of 2020 in feature-service's training set").atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofSeconds(10))
                .until(() -> trainingSetRows("2020-01-01", "2020-12-31") == 37_385);
        RESULTS.put("featuresSecondsAfterImport", Duration.between(start, Instant.now()).toSeconds());
    }

    @Test
    @Order(2)
    void theModelManagerTrainsOnTheYearAndItIsPromotedUnderFourEyes() {
        productionVersion = Journeys.trainAndPromote(MODEL, "2020-01-01", "2020-12-31", RESULTS);

        await("scoring-service assesses with the promoted version").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> probe().path("modelVersion").asInt(-1) == productionVersion);
    }

    @Test
    @Order(3)
    void everyDeclarationOfTheNextQuarterIsScoredAndTheTopFivePercentAreMostlyFrauds() throws Exception {
        Map<String, Boolean> labels = KcsLabels.fraudByDeclaration(KcsLabels.VALID);
        Instant start = Instant.now();
        JsonNode job = importFile(KcsLabels.VALID, false);
        assertThat(job.path("rowsAccepted").asLong()).isEqualTo(labels.size());

        await("an assessment of every declaration of the quarter").atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> assessedDeclarations("2021-01-01", "2021-03-31") == labels.size());
        RESULTS.put("validSecondsFromUploadToLastAssessment", Duration.between(start, Instant.now()).toSeconds());

        Map<String, Double> scores = new ConcurrentHashMap<>();
        Map<String, String> channels = new ConcurrentHashMap<>();
        String token = Tokens.of("kr-analyst");
        new ForkJoinPool(4).submit(() -> labels.keySet().parallelStream().forEach(declaration -> {
            JsonNode assessment = body(given().auth().oauth2(token).baseUri(E2ePlatform.gateway())
                    .when().get("/api/v1/assessments/{id}", declaration), 200);
            assertThat(assessment.path("fallback").asBoolean()).as(declaration + " scored by a model").isFalse();
            assertThat(assessment.path("modelVersion").asInt()).isEqualTo(productionVersion);
            assertThat(assessment.path("reasons").isArray()).isTrue();
            scores.put(declaration, assessment.path("fraudProbability").asDouble());
            channels.put(declaration, assessment.path("channel").asText());
        })).get();

        SelectionQuality quality = SelectionQuality.of(scores, labels);
        long red = channels.values().stream().filter("RED"::equals).count();
        RESULTS.put("validDeclarations", quality.declarations());
        RESULTS.put("validFrauds", quality.frauds());
        RESULTS.put("auc", quality.auc());
        RESULTS.put("precisionAt5Percent", quality.precisionAt5());
        RESULTS.put("recallAt5Percent", quality.recallAt5());
        RESULTS.put("precisionAt10Percent", quality.precisionAt10());
        RESULTS.put("recallAt10Percent", quality.recallAt10());
        RESULTS.put("redShare", (double) red / channels.size());
        SuiteReport.write("kcs-journey", "detection-quality.md", RESULTS);

        assertThat(quality.auc()).isGreaterThan(0.84);
        assertThat(quality.precisionAt5()).isGreaterThanOrEqualTo(0.90);
    }

    private static JsonNode importFile(java.nio.file.Path file, boolean labels) {
        JsonNode started = body(given().auth().oauth2(Tokens.integrator()).baseUri(E2ePlatform.gateway())
                .multiPart("file", file.toFile(), "text/csv")
                .multiPart("layout", "KCS")
                .multiPart("labels", Boolean.toString(labels))
                .when().post("/api/v1/bulk-imports"), 202);
        String jobId = started.path("jobId").asText();
        JsonNode[] finished = new JsonNode[1];
        await("bulk import " + file.getFileName()).atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    finished[0] = body(given().auth().oauth2(Tokens.integrator()).baseUri(E2ePlatform.gateway())
                            .when().get("/api/v1/bulk-imports/{id}", jobId), 200);
                    String status = finished[0].path("status").asText();
                    assertThat(status).as(finished[0].toString()).isNotEqualTo("FAILED");
                    return "COMPLETED".equals(status);
                });
        return finished[0];
    }

    private static long trainingSetRows(String from, String to) {
        String csv = given().auth().oauth2(Tokens.of("kr-model-manager")).baseUri(E2ePlatform.service("feature-service"))
                .queryParam("acceptedFrom", from).queryParam("acceptedTo", to)
                .when().get("/api/training-sets")
                .then().statusCode(200).extract().asString();
        return csv.lines().count() - 1;
    }

    private static long assessedDeclarations(String from, String to) {
        JsonNode days = body(given().auth().oauth2(Tokens.of("kr-analyst")).baseUri(E2ePlatform.gateway())
                .queryParam("acceptedFrom", from).queryParam("acceptedTo", to)
                .when().get("/api/v1/reports/channels"), 200);
        long declarations = 0;
        for (JsonNode day : days) {
            declarations += day.path("declarations").asLong();
        }
        return declarations;
    }

    /** A synchronous assessment of a declaration outside the data set and outside the quarter the suite counts. */
    private static JsonNode probe() {
        String declaration = """
                {"declarationId":"E2E-PROBE-%d","acceptanceDate":"2021-06-30","customsOfficeCode":"30",
                 "importerId":"QLRUBN9","declarantId":"ZZR1LT6","sellerId":"0VKY2BR","countryOfDeparture":"CN",
                 "modeOfTransport":"10","processType":"B","importType":"11","importUse":"21","paymentType":"11",
                 "goodsItems":[{"itemNumber":1,"hsCode":"440890","countryOfOrigin":"CN","originIndicator":"G",
                   "netMassKg":108.0,"cifValue":372254.4,"currency":"KRW","taxRate":8.0,"taxType":"A"}]}"""
                .formatted(System.nanoTime());
        Response response = given().auth().oauth2(Tokens.integrator()).baseUri(E2ePlatform.gateway())
                .contentType("application/json").body(declaration)
                .when().post("/api/v1/assessments");
        return response.statusCode() == 200 || response.statusCode() == 201 ? read(response.asString()) : JSON.missingNode();
    }

    static JsonNode body(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        return read(response.asString());
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
