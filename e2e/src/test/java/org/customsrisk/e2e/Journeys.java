package org.customsrisk.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What model managers do through the gateway: train a version on a window and promote it under four eyes. */
final class Journeys {

    private Journeys() {
    }

    /** Trains a version of the model on the window, stages it and has it promoted; answers its number. */
    static int trainAndPromote(String model, String from, String to, Map<String, Object> results) {
        KcsJourneyIT.body(as("kr-model-manager").contentType("application/json")
                .body(Map.of("name", model, "description", "Fraud on the KCS synthetic declarations"))
                .when().post("/api/v1/models"), 201);
        Instant start = Instant.now();
        JsonNode job = KcsJourneyIT.body(as("kr-model-manager").contentType("application/json")
                .body(Map.of("acceptedFrom", from, "acceptedTo", to))
                .when().post("/api/v1/models/{name}/training-jobs", model), 202);
        String jobId = job.path("jobId").asText();
        JsonNode[] finished = new JsonNode[1];
        await("training job " + jobId).atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            finished[0] = KcsJourneyIT.body(as("kr-model-manager")
                    .when().get("/api/v1/models/{name}/training-jobs/{id}", model, jobId), 200);
            String status = finished[0].path("status").asText();
            assertThat(status).as(finished[0].toString()).isNotEqualTo("FAILED");
            return "SUCCEEDED".equals(status);
        });
        results.put("trainingSeconds", Duration.between(start, Instant.now()).toSeconds());
        int version = finished[0].path("version").asInt();
        JsonNode trained = KcsJourneyIT.body(as("kr-analyst")
                .when().get("/api/v1/models/{name}/versions/{version}", model, version), 200);
        assertThat(trained.path("stage").asText()).isEqualTo("CANDIDATE");
        results.put("validationAuc", trained.at("/metrics/auc").asDouble());
        results.put("validationPrecisionAt5Percent", trained.at("/metrics/precisionAt/5").asDouble());

        KcsJourneyIT.body(as("kr-model-manager").contentType("application/json")
                .body(Map.of("to", "STAGING", "reason", "Trained on " + from + " to " + to))
                .when().post("/api/v1/models/{name}/versions/{version}/transitions", model, version), 200);
        JsonNode request = KcsJourneyIT.body(as("kr-model-manager").contentType("application/json")
                .body(Map.of("version", version, "reason", "First production model of the tenant"))
                .when().post("/api/v1/models/{name}/promotion-requests", model), 201);
        as("kr-model-manager").contentType("application/json").body(Map.of("reason", "I approve my own request"))
                .when().post("/api/v1/models/{name}/promotion-requests/{id}/approval", model, request.path("id").asText())
                .then().statusCode(409);
        KcsJourneyIT.body(as("kr-model-approver").contentType("application/json")
                .body(Map.of("reason", "Validation metrics reviewed"))
                .when().post("/api/v1/models/{name}/promotion-requests/{id}/approval", model, request.path("id").asText()), 200);
        JsonNode promoted = KcsJourneyIT.body(as("kr-analyst")
                .when().get("/api/v1/models/{name}/versions/{version}", model, version), 200);
        assertThat(promoted.path("stage").asText()).isEqualTo("PRODUCTION");
        return version;
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).baseUri(E2ePlatform.gateway());
    }
}
