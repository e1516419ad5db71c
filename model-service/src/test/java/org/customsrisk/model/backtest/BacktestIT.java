package org.customsrisk.model.backtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.customsrisk.contracts.model.ModelFormat;
import org.customsrisk.model.evaluation.LabelledSet;
import org.customsrisk.model.testing.Api;
import org.customsrisk.model.testing.Artifacts;
import org.customsrisk.model.testing.FeatureServiceStandIn;
import org.customsrisk.model.testing.KcsTrainingSet;
import org.customsrisk.model.testing.ModelFilesForTests;
import org.customsrisk.models.evaluation.CustomsMetrics;
import org.customsrisk.models.runtime.ModelFiles;
import org.customsrisk.models.runtime.ScoringModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Backtests of versions on the KCS declarations of the first quarter of 2021. */
@QuarkusIntegrationTest
@WithTestResource(value = FeatureServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class BacktestIT {

    private static final Map<String, String> WINDOW = Map.of("acceptedFrom", "2021-01-01", "acceptedTo", "2021-03-31");

    @BeforeEach
    void krPromotesWithoutFourEyes() {
        Api.as("kr-admin").contentType(ContentType.JSON).body(Map.of("fourEyes", false, "reason", "Pilot"))
                .when().put("/api/tenants/kr/model-governance").then().statusCode(200);
    }

    @Test
    void aVersionIsEvaluatedBesideTheProductionVersionWithTheMetricsOfItsOwnArtifact() throws Exception {
        String model = Api.newModel(Api.MANAGER, "backtest");
        int production = Api.uploadCandidate(Api.MANAGER, model);
        promote(model, production);
        byte[] file = ModelFilesForTests.xgboost(KcsTrainingSet.FEATURES);
        int candidate = Api.upload(Api.MANAGER, model, "XGBOOST", file, Api.metadata("XGBOOST", KcsTrainingSet.FEATURES))
                .statusCode(201).extract().path("version");

        JsonPath backtest = backtest(Api.MANAGER, model, candidate, WINDOW).statusCode(200)
                .body("model", equalTo(model))
                .body("acceptedFrom", equalTo("2021-01-01"))
                .body("featureSchemaVersion", equalTo(1))
                .body("candidate.version", equalTo(candidate))
                .body("candidate.stage", equalTo("CANDIDATE"))
                .body("production.version", equalTo(production))
                .body("production.stage", equalTo("PRODUCTION"))
                .extract().jsonPath();

        LabelledSet window = LabelledSet.read(new ByteArrayInputStream(KcsTrainingSet.csv(
                LocalDate.parse("2021-01-01"), LocalDate.parse("2021-03-31")).getBytes(StandardCharsets.UTF_8)));
        assertThat(backtest.getInt("rows")).isEqualTo(window.rows()).isGreaterThan(1000);
        assertThat(backtest.getInt("illicit")).isEqualTo(window.illicit());
        try (ScoringModel loaded = ModelFiles.open(ModelFormat.XGBOOST, file, KcsTrainingSet.FEATURES)) {
            CustomsMetrics expected = CustomsMetrics.of(loaded.score(window.values(), window.rows()),
                    window.labels(), window.revenue());
            assertThat(backtest.getDouble("candidate.metrics.auc")).isCloseTo(expected.auc(), within(1e-6));
            assertThat(backtest.getDouble("candidate.metrics.recallAt.10")).isCloseTo(expected.recallAt(10), within(1e-6));
        }
        assertThat(backtest.getDouble("production.metrics.auc")).isBetween(0.0, 1.0);
    }

    @Test
    void withoutAProductionVersionOnlyTheVersionIsEvaluated() {
        String model = Api.newModel(Api.MANAGER, "backtest");
        int version = Api.uploadCandidate(Api.MANAGER, model);

        backtest(Api.MANAGER, model, version, WINDOW).statusCode(200)
                .body("candidate.metrics.precisionAt.5", org.hamcrest.Matchers.notNullValue())
                .body("production", nullValue());
    }

    @Test
    void anArtifactChangedInS3IsRefusedOnLoad() {
        String model = Api.newModel(Api.MANAGER, "backtest");
        int version = Api.uploadCandidate(Api.MANAGER, model);
        String key = Api.as(Api.MANAGER).when().get("/api/models/{name}/versions/{v}", model, version)
                .then().extract().path("artifact.key");
        Artifacts.overwrite(key, "{\"learner\": \"replaced\"}".getBytes(StandardCharsets.UTF_8));

        backtest(Api.MANAGER, model, version, WINDOW).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("'" + key + "' does not match its recorded SHA-256"));
    }

    @Test
    void badWindowsRolesTenantsAndTokensAreChecked() {
        String model = Api.newModel(Api.MANAGER, "backtest");
        int version = Api.uploadCandidate(Api.MANAGER, model);

        backtest(Api.MANAGER, model, version, Map.of("acceptedFrom", "2021-03-31", "acceptedTo", "2021-01-01"))
                .statusCode(400).body("violations[0].field", equalTo("acceptedTo"));
        backtest(Api.MANAGER, model, version, Map.of("acceptedFrom", "2030-01-01", "acceptedTo", "2030-03-31"))
                .statusCode(400).body("detail", containsString("no labelled goods items"));
        backtest(Api.MANAGER, model, 99, WINDOW).statusCode(404);
        backtest("kr-analyst", model, version, WINDOW).statusCode(403);
        backtest("ng-model-manager", model, version, WINDOW).statusCode(404);
        given().contentType(ContentType.JSON).body(WINDOW)
                .when().post("/api/models/{name}/versions/{v}/backtests", model, version).then().statusCode(401);
    }

    private static void promote(String model, int version) {
        for (String stage : new String[] { "STAGING", "PRODUCTION" }) {
            Api.as(Api.MANAGER).contentType(ContentType.JSON).body(Map.of("stage", stage, "reason", "Backtest baseline"))
                    .when().post("/api/models/{name}/versions/{v}/transitions", model, version)
                    .then().statusCode(200);
        }
    }

    private static ValidatableResponse backtest(String user, String model, int version, Map<String, String> window) {
        return Api.as(user).contentType(ContentType.JSON).body(window)
                .when().post("/api/models/{name}/versions/{v}/backtests", model, version).then();
    }
}
