package org.customsrisk.model.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.customsrisk.contracts.model.ModelFormat;
import org.customsrisk.model.evaluation.LabelledSet;
import org.customsrisk.model.testing.Api;
import org.customsrisk.model.testing.Artifacts;
import org.customsrisk.model.testing.FeatureServiceStandIn;
import org.customsrisk.model.testing.KcsTrainingSet;
import org.customsrisk.model.testing.ModelDatabase;
import org.customsrisk.models.artifact.ArtifactStore;
import org.customsrisk.models.evaluation.CustomsMetrics;
import org.customsrisk.models.runtime.ModelFiles;
import org.customsrisk.models.runtime.ScoringModel;
import org.junit.jupiter.api.Test;

/** Training jobs on the KCS declarations of 2020, served by the feature-service stand-in. */
@QuarkusIntegrationTest
@WithTestResource(value = FeatureServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class TrainingIT {

    private static final LocalDate FROM = LocalDate.parse("2020-01-01");
    private static final LocalDate TO = LocalDate.parse("2020-12-31");
    private static final double VALIDATION_SHARE = 0.25;

    @Test
    void trainingOnTheKcsYearMakesAPlausibleCandidateWhoseArtifactScoresTheSameWhenLoadedBack() throws Exception {
        String model = Api.newModel(Api.MANAGER, "kcs");
        String location = Api.as(Api.MANAGER).contentType(ContentType.JSON)
                .body(Map.of("acceptedFrom", FROM.toString(), "acceptedTo", TO.toString(), "validationShare", VALIDATION_SHARE,
                        "parameters", Map.of("rounds", 150, "max_depth", 6, "eta", 0.1)))
                .when().post("/api/models/{name}/training-jobs", model)
                .then().statusCode(202)
                .body("status", equalTo("QUEUED")).body("roundsTotal", equalTo(150)).body("startedBy", equalTo(Api.MANAGER))
                .extract().header("Location");

        JsonPath job = Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Api.as(Api.MANAGER).when().get(location).then().statusCode(200).extract().jsonPath(),
                        done -> List.of("SUCCEEDED", "FAILED").contains(done.getString("status")));
        assertThat(job.getString("failureReason")).isNull();
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("roundsDone")).isEqualTo(150);
        JsonPath version = Api.as(Api.MANAGER).when().get("/api/models/{name}/versions/{v}", model, job.getInt("version"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(version.getString("stage")).isEqualTo("CANDIDATE");
        assertThat(version.getDouble("metrics.auc")).isGreaterThan(0.8);
        assertThat(version.getMap("metrics.precisionAt")).containsOnlyKeys("1", "2", "5", "10");
        assertThat(version.getDouble("metrics.revenueAt.10")).isBetween(0.0, 1.0);
        assertThat(version.getInt("training.trainingRows")).isGreaterThan(20_000);
        assertThat(version.getString("training.validationFrom")).startsWith("2020-");
        assertThat(version.getInt("hyperParameters.max_depth")).isEqualTo(6);
        assertThat(version.getList("featureNames")).isEqualTo(KcsTrainingSet.FEATURES);

        byte[] artifact = Artifacts.read(version.getString("artifact.key"));
        assertThat(ArtifactStore.sha256(artifact)).isEqualTo(version.getString("artifact.sha256"));
        LabelledSet set = LabelledSet.read(new ByteArrayInputStream(
                KcsTrainingSet.csv(FROM, TO).getBytes(StandardCharsets.UTF_8)));
        LabelledSet validation = set.slice(set.splitIndex(VALIDATION_SHARE), set.rows());
        assertThat(validation.date(0).toString()).isEqualTo(version.getString("training.validationFrom"));
        try (ScoringModel reloaded = ModelFiles.open(ModelFormat.XGBOOST, artifact, KcsTrainingSet.FEATURES)) {
            CustomsMetrics metrics = CustomsMetrics.of(reloaded.score(validation.values(), validation.rows()),
                    validation.labels(), validation.revenue());
            assertThat(metrics.auc()).isCloseTo(version.getDouble("metrics.auc"), within(1e-6));
            assertThat(metrics.precisionAt(5)).isCloseTo(version.getDouble("metrics.precisionAt.5"), within(1e-6));
        }
        Api.as("kr-analyst").when().get("/api/models/{name}/training-jobs", model).then().statusCode(200)
                .body("jobId", equalTo(List.of(job.getString("jobId"))));
    }

    @Test
    void badWindowsAndParametersAreRefusedWithTheirFields() {
        String model = Api.newModel(Api.MANAGER, "kcs");

        start(model, Map.of("acceptedFrom", "2020-12-31", "acceptedTo", "2020-01-01")).statusCode(400)
                .body("violations[0].field", equalTo("acceptedTo"));
        start(model, Map.of("acceptedFrom", "2020-01-01", "acceptedTo", "2020-12-31", "parameters",
                Map.of("booster", "dart", "rounds", 0))).statusCode(400)
                .body("violations.field", equalTo(List.of("parameters.booster", "parameters.rounds")));
        start(model, Map.of("acceptedFrom", "2020-01-01", "acceptedTo", "2020-12-31", "validationShare", 0.9)).statusCode(400)
                .body("violations[0].field", equalTo("validationShare"));
        start(model, Map.of("acceptedFrom", "2030-01-01", "acceptedTo", "2030-12-31")).statusCode(400)
                .body("detail", containsString("holds 0 labelled goods items"));
        start(model, Map.of("acceptedTo", "2020-12-31")).statusCode(400)
                .body("violations[0].field", equalTo("acceptedFrom"));
    }

    @Test
    void rolesTenantsAndTokensAreChecked() {
        String model = Api.newModel(Api.MANAGER, "kcs");
        Map<String, Object> window = Map.of("acceptedFrom", "2020-01-01", "acceptedTo", "2020-03-31");

        Api.as("kr-analyst").contentType(ContentType.JSON).body(window)
                .when().post("/api/models/{name}/training-jobs", model).then().statusCode(403);
        Api.as("ng-model-manager").contentType(ContentType.JSON).body(window)
                .when().post("/api/models/{name}/training-jobs", model).then().statusCode(404);
        Api.as("ng-model-manager").when().get("/api/models/{name}/training-jobs", model).then().statusCode(404);
        Api.as(Api.MANAGER).when().get("/api/models/{name}/training-jobs/{id}", model, UUID.randomUUID()).then()
                .statusCode(404);
        given().when().get("/api/models/{name}/training-jobs", model).then().statusCode(401);
    }

    @Test
    void aJobWhoseReplicaStoppedWhileItRanIsMarkedFailedNotLeftRunning() throws Exception {
        String model = Api.newModel(Api.MANAGER, "kcs");
        UUID id = UUID.randomUUID();
        try (Connection db = ModelDatabase.connect();
                PreparedStatement insert = db.prepareStatement("insert into training_job (id, tenant_id, model_name,"
                        + " status, accepted_from, accepted_to, validation_share, parameters, rounds_total, rounds_done,"
                        + " feature_schema_version, training_set_key, training_set_sha256, training_set_size, started_by,"
                        + " started_at, running_since, heartbeat_at) values (?, 'kr', ?, 'RUNNING', '2020-01-01',"
                        + " '2020-12-31', 0.2, '{\"rounds\": 200}', 200, 80, 1, 'tenants/kr/training-sets/x.csv', 'x', 1,"
                        + " 'kr-model-manager', now() - interval '1 hour', now() - interval '1 hour',"
                        + " now() - interval '50 minutes')")) {
            insert.setObject(1, id);
            insert.setString(2, model);
            insert.executeUpdate();
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                Api.as(Api.MANAGER).when().get("/api/models/{name}/training-jobs/{id}", model, id).then()
                        .statusCode(200)
                        .body("status", equalTo("FAILED"))
                        .body("roundsDone", equalTo(80))
                        .body("failureReason", containsString("stopped before it finished")));
    }

    private static io.restassured.response.ValidatableResponse start(String model, Map<String, Object> body) {
        return Api.as(Api.MANAGER).contentType(ContentType.JSON).body(body)
                .when().post("/api/models/{name}/training-jobs", model).then();
    }
}
