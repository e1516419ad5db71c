package org.customsrisk.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.model.testing.Api;
import org.customsrisk.model.testing.Artifacts;
import org.customsrisk.model.testing.FeatureServiceStandIn;
import org.customsrisk.model.testing.KcsTrainingSet;
import org.customsrisk.model.testing.ModelDatabase;
import org.customsrisk.model.testing.ModelFilesForTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stage changes in tenant kr (no four eyes), their audit trail and their model.promoted events. */
@QuarkusIntegrationTest
@WithTestResource(value = FeatureServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class LifecycleIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void krPromotesWithoutFourEyes() {
        Api.as("kr-admin").contentType(ContentType.JSON)
                .body(Map.of("fourEyes", false, "reason", "Promotions by one model manager in the pilot"))
                .when().put("/api/tenants/kr/model-governance")
                .then().statusCode(200).body("fourEyes", equalTo(false)).body("changedBy", equalTo("kr-admin"));
    }

    @Test
    void aModelPromotedEventFollowsEachPromotionAndTheAuditListsEveryTransitionInOrder() throws Exception {
        String model = Api.newModel(Api.MANAGER, "lifecycle");
        int first = Api.uploadCandidate(Api.MANAGER, model);
        int second = Api.uploadCandidate(Api.MANAGER, model);
        try (EventQueue events = EventQueue.bind("model.promoted.kr")) {
            transition(model, first, "STAGING", "Shadow scoring").statusCode(200)
                    .body("version.stage", equalTo("STAGING")).body("eventPublished", equalTo(true));
            transition(model, first, "PRODUCTION", "Backtest on Q4 holds").statusCode(200)
                    .body("version.stage", equalTo("PRODUCTION")).body("archivedVersion", nullValue());
            transition(model, second, "STAGING", "Shadow scoring").statusCode(200);
            transition(model, second, "PRODUCTION", "Better at 5% inspected").statusCode(200)
                    .body("archivedVersion", equalTo(first)).body("eventPublished", equalTo(true));
            Api.as(Api.MANAGER).contentType(ContentType.JSON).body(Map.of("to", "PRODUCTION", "reason", "Rollback"))
                    .when().post("/api/models/{name}/versions/{v}/transitions", model, first)
                    .then().statusCode(200).body("archivedVersion", equalTo(second));

            List<EventQueue.Delivery> promoted = events.await(d -> d.body().contains("\"" + model + "\""), 5,
                    Duration.ofSeconds(30));
            List<String> announced = new ArrayList<>();
            for (EventQueue.Delivery delivery : promoted) {
                JsonNode event = JSON.readTree(delivery.body());
                announced.add(event.get("version").asInt() + " " + event.get("stage").asText());
                assertThat(delivery.routingKey()).isEqualTo("model.promoted.kr");
                assertThat(delivery.header("cloudEvents:type")).isEqualTo("model.promoted");
                assertThat(event.get("artifactKey").asText()).startsWith("tenants/kr/models/" + model + "/");
                assertThat(event.get("sha256").asText()).hasSize(64);
                assertThat(event.get("featureNames")).hasSize(KcsTrainingSet.FEATURES.size());
                assertThat(event.get("promotedBy").asText()).isEqualTo(Api.MANAGER);
            }
            assertThat(announced).containsExactly(first + " STAGING", first + " PRODUCTION", second + " STAGING",
                    second + " PRODUCTION", first + " PRODUCTION");
        }

        List<String> trail = Api.as("kr-analyst").when().get("/api/models/{name}/audit", model).then().statusCode(200)
                .extract().jsonPath().getList("collect { it.action + ' ' + it.version + ' ' + it.fromStage + '>' + it.toStage }");
        assertThat(trail).containsExactly(
                "MODEL_REGISTERED null null>null",
                "REGISTERED 1 null>CANDIDATE",
                "REGISTERED 2 null>CANDIDATE",
                "TRANSITION 1 CANDIDATE>STAGING",
                "TRANSITION 1 STAGING>PRODUCTION",
                "TRANSITION 2 CANDIDATE>STAGING",
                "TRANSITION 1 PRODUCTION>ARCHIVED",
                "TRANSITION 2 STAGING>PRODUCTION",
                "TRANSITION 2 PRODUCTION>ARCHIVED",
                "TRANSITION 1 ARCHIVED>PRODUCTION");
        Api.as(Api.MANAGER).when().get("/api/models/{name}/audit", model).then()
                .body("[4].actor", equalTo(Api.MANAGER)).body("[4].reason", equalTo("Backtest on Q4 holds"))
                .body("[4].at", containsString("T"));
        Api.as(Api.MANAGER).when().get("/api/models/{name}", model).then()
                .body("productionVersion", equalTo(first)).body("latestVersion", equalTo(second));
    }

    @Test
    void transitionsOutsideTheLifecycleAreRefused() {
        String model = Api.newModel(Api.MANAGER, "lifecycle");
        int version = Api.uploadCandidate(Api.MANAGER, model);

        transition(model, version, "PRODUCTION", "Straight to production").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Version 1 is CANDIDATE and cannot go to PRODUCTION."));
        transition(model, version, "SHADOW", "No such stage").statusCode(400)
                .body("violations[0].field", equalTo("stage"));
        Api.as(Api.MANAGER).contentType(ContentType.JSON).body(Map.of("stage", "STAGING"))
                .when().post("/api/models/{name}/versions/{v}/transitions", model, version)
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        Api.as("kr-analyst").contentType(ContentType.JSON).body(Map.of("stage", "STAGING", "reason", "Analysts may not"))
                .when().post("/api/models/{name}/versions/{v}/transitions", model, version)
                .then().statusCode(403);
        Api.as("ng-model-manager").contentType(ContentType.JSON).body(Map.of("stage", "STAGING", "reason", "Not ours"))
                .when().post("/api/models/{name}/versions/{v}/transitions", model, version)
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("stage", "STAGING", "reason", "x"))
                .when().post("/api/models/{name}/versions/{v}/transitions", model, version)
                .then().statusCode(401);
        Api.as(Api.MANAGER).when().get("/api/models/{name}/versions/{v}", model, version).then()
                .body("stage", equalTo("CANDIDATE"));
    }

    @Test
    void twoConcurrentPromotionsLeaveExactlyOneProductionVersion() throws Exception {
        String model = Api.newModel(Api.MANAGER, "concurrent");
        int first = Api.uploadCandidate(Api.MANAGER, model);
        int second = Api.uploadCandidate(Api.MANAGER, model);
        transition(model, first, "STAGING", "Shadow").statusCode(200);
        transition(model, second, "STAGING", "Shadow").statusCode(200);
        String token = KeycloakTokens.ofUser(Api.MANAGER);
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Integer>> promotions = new ArrayList<>();
        for (int version : new int[] { first, second }) {
            promotions.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(Map.of("stage", "PRODUCTION", "reason", "Race"))
                        .when().post("/api/models/{name}/versions/{v}/transitions", model, version)
                        .then().extract().statusCode();
            }));
        }
        start.countDown();

        for (CompletableFuture<Integer> promotion : promotions) {
            assertThat(promotion.get()).isEqualTo(200);
        }
        List<Integer> production = Api.as(Api.MANAGER).when().get("/api/models/{name}/versions?stage=PRODUCTION", model)
                .then().statusCode(200).extract().jsonPath().getList("version");
        assertThat(production).hasSize(1);
        List<Integer> archived = Api.as(Api.MANAGER).when().get("/api/models/{name}/versions?stage=ARCHIVED", model)
                .then().extract().jsonPath().getList("version");
        assertThat(archived).hasSize(1).doesNotContainAnyElementsOf(production);
    }

    @Test
    void theDatabaseItselfRefusesASecondProductionVersion() throws Exception {
        String model = Api.newModel(Api.MANAGER, "constraint");
        int first = Api.uploadCandidate(Api.MANAGER, model);
        Api.uploadCandidate(Api.MANAGER, model);
        transition(model, first, "STAGING", "Shadow").statusCode(200);
        transition(model, first, "PRODUCTION", "Go").statusCode(200);

        try (Connection db = ModelDatabase.connect();
                PreparedStatement update = db.prepareStatement(
                        "update model_version set stage = 'PRODUCTION' where tenant_id = 'kr' and model_name = ?")) {
            update.setString(1, model);
            assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("model_version_one_production");
        }
    }

    @Test
    void anArtifactChangedInS3IsRefusedAndTheVersionStaysWhereItWas() {
        String model = Api.newModel(Api.MANAGER, "tampered");
        int version = Api.uploadCandidate(Api.MANAGER, model);
        String key = Api.as(Api.MANAGER).when().get("/api/models/{name}/versions/{v}", model, version)
                .then().extract().path("artifact.key");
        byte[] other = ModelFilesForTests.xgboost(KcsTrainingSet.FEATURES);
        other[other.length - 2] ^= 1;
        Artifacts.overwrite(key, other);

        transition(model, version, "STAGING", "Shadow scoring").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("'" + key + "' does not match its recorded SHA-256"));
        Api.as(Api.MANAGER).when().get("/api/models/{name}/versions/{v}", model, version).then()
                .body("stage", equalTo("CANDIDATE"));
    }

    @Test
    void aPromotionWhoseEventWasNotPublishedBeforeACrashIsPublishedByTheRetry() throws Exception {
        String model = Api.newModel(Api.MANAGER, "retry");
        UUID id = UUID.randomUUID();
        try (EventQueue events = EventQueue.bind("model.promoted.kr");
                Connection db = ModelDatabase.connect();
                PreparedStatement insert = db.prepareStatement("insert into promotion_event"
                        + " (id, tenant_id, model_name, version, payload, created_at) values (?, 'kr', ?, 1, ?, now())")) {
            insert.setObject(1, id);
            insert.setString(2, model);
            insert.setString(3, "{\"tenant\":\"kr\",\"modelName\":\"" + model + "\",\"version\":1,\"stage\":\"PRODUCTION\"}");
            insert.executeUpdate();

            EventQueue.Delivery delivery = events.await(d -> d.body().contains("\"" + model + "\""), 1,
                    Duration.ofSeconds(30)).get(0);

            assertThat(delivery.messageId()).isEqualTo(id.toString());
        }
        try (Connection db = ModelDatabase.connect();
                PreparedStatement select = db.prepareStatement("select published_at from promotion_event where id = ?")) {
            select.setObject(1, id);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getTimestamp(1) != null;
                }
            });
        }
    }

    static ValidatableResponse transition(String model, int version, String stage, String reason) {
        return Api.as(Api.MANAGER).contentType(ContentType.JSON).body(Map.of("stage", stage, "reason", reason))
                .when().post("/api/models/{name}/versions/{v}/transitions", model, version)
                .then();
    }
}
