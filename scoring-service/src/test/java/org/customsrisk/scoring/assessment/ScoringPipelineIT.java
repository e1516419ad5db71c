package org.customsrisk.scoring.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.EventPublisher;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.contracts.model.ModelFormat;
import org.customsrisk.contracts.model.ModelStage;
import org.customsrisk.models.runtime.ModelFiles;
import org.customsrisk.models.runtime.ScoringModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged scoring service on the real broker, database and S3 server: real XGBoost models
 * promoted through model.promoted, declarations arriving as features.computed, assessments coming
 * out as declaration.scored and through the REST API.
 */
@QuarkusIntegrationTest
class ScoringPipelineIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private static EventPublisher publisher;
    private static EventQueue scored;

    @BeforeAll
    static void connect() {
        publisher = new EventPublisher();
        scored = EventQueue.bind("declaration.scored.*");
    }

    @AfterAll
    static void disconnect() {
        scored.close();
        publisher.close();
    }

    @Test
    void tenThousandDeclarationsAreScoredOnceAndHoldTheRedRateAndExplorationShare() {
        setPolicy("kr", """
                {"redRate": 0.05, "yellowRate": 0.1, "blueRate": 0.15, "explorationShare": 0.1,
                 "explorationMode": "RANDOM"}""");
        String model = "fraud-" + UUID.randomUUID();
        promote(TrainedModel.train(1, 30).store("kr", model, 1, ModelStage.PRODUCTION));
        awaitModel("kr", model, 1);

        SplittableRandom random = new SplittableRandom(2024);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = "KR-RATE-" + model + "-" + i;
            ids.add(id);
            publisher.publish("features.computed", "kr", id,
                    FeatureEvents.of("kr", id, "847130", TrainedModel.randomVector(random)));
        }
        List<JsonNode> assessments = bodies(scored.await(subjectIn(ids), ids.size(), TIMEOUT), ids);

        assertThat(assessments).hasSize(10_000);
        assertThat(assessments).allSatisfy(assessment -> {
            assertThat(assessment.get("modelName").asText()).isEqualTo(model);
            assertThat(assessment.get("fallback").asBoolean()).isFalse();
        });
        long red = assessments.stream().filter(a -> a.get("channel").asText().equals("RED")).count();
        long explored = assessments.stream().filter(a -> a.get("selectionMode").asText().equals("EXPLORATION")).count();
        assertThat(red / 10_000.0).isCloseTo(0.05, within(0.01));
        assertThat(explored / (double) red).isCloseTo(0.10, within(0.01));
    }

    @Test
    void aPromotionDuringAStreamFailsNothingAndLaterAssessmentsCarryTheNewVersion() {
        String model = "fraud-" + UUID.randomUUID();
        promote(TrainedModel.train(3, 20).store("ng", model, 1, ModelStage.PRODUCTION));
        awaitModel("ng", model, 1);
        SplittableRandom random = new SplittableRandom(7);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String id = "NG-SWAP-" + model + "-" + i;
            ids.add(id);
            if (i == 1000) {
                promote(TrainedModel.train(4, 25).store("ng", model, 2, ModelStage.PRODUCTION));
            }
            publisher.publish("features.computed", "ng", id,
                    FeatureEvents.of("ng", id, "847130", TrainedModel.randomVector(random)));
        }
        List<JsonNode> assessments = bodies(scored.await(subjectIn(Set.copyOf(ids)), ids.size(), TIMEOUT),
                Set.copyOf(ids));

        assertThat(assessments).hasSize(3000).allSatisfy(assessment -> {
            assertThat(assessment.get("fallback").asBoolean()).isFalse();
            assertThat(assessment.get("modelVersion").asInt()).isIn(1, 2);
        });
        assertThat(assessments.stream().filter(a -> a.get("modelVersion").asInt() == 2)).isNotEmpty();
        awaitModel("ng", model, 2);
    }

    @Test
    void reasonsAreTheLoadedModelsOwnContributions() throws Exception {
        String model = "fraud-" + UUID.randomUUID();
        TrainedModel trained = TrainedModel.train(5, 30);
        promote(trained.store("kr", model, 1, ModelStage.STAGING));
        promote(trained.store("kr", model, 2, ModelStage.PRODUCTION));
        awaitModel("kr", model, 2);
        float[] vector = { -0.9f, 0.95f, 1f, 8f, 12f };
        String id = "KR-REASONS-" + model;

        publisher.publish("features.computed", "kr", id, FeatureEvents.of("kr", id, "847130", vector));
        JsonNode assessment = bodies(scored.await(subjectIn(Set.of(id)), 1, TIMEOUT), Set.of(id)).get(0);

        try (ScoringModel loaded = ModelFiles.open(ModelFormat.XGBOOST, trained.file, TrainedModel.FEATURES)) {
            float probability = loaded.score(vector, 1)[0];
            float[] contributions = loaded.contributions(vector, 1).orElseThrow()[0];
            assertThat(assessment.get("fraudProbability").asDouble()).isCloseTo(probability, within(1e-6));
            JsonNode reasons = assessment.get("reasons");
            assertThat(reasons.size()).isPositive();
            for (JsonNode reason : reasons) {
                int feature = TrainedModel.FEATURES.indexOf(reason.get("feature").asText());
                assertThat(reason.get("contribution").asDouble()).isCloseTo(contributions[feature], within(1e-6));
            }
            double largest = reasons.get(0).get("contribution").asDouble();
            for (int feature = 0; feature < TrainedModel.FEATURES.size(); feature++) {
                assertThat((double) contributions[feature]).isLessThanOrEqualTo(largest + 1e-9);
            }
        }
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst")).when().get("/api/assessments/{id}", id)
                .then().statusCode(200)
                .body("modelVersion", equalTo(2))
                .body("shadow.modelVersion", equalTo(1))
                .body("reasons.size()", equalTo(reasons(assessment)));
    }

    @Test
    void theFirstPromotionsOfATenantAreLoadedAtOnceAndNoneIsDeadLettered() {
        String dlq = "scoring-service.model-promoted.dlq";
        EventQueue.drainDurable(dlq);
        String model = "fraud-" + UUID.randomUUID();
        TrainedModel trained = TrainedModel.train(6, 10);
        List<String> tenants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String tenant = "first" + i + UUID.randomUUID().toString().substring(0, 8);
            tenants.add(tenant);
            promote(trained.store(tenant, model, 1, ModelStage.STAGING));
            promote(trained.store(tenant, model, 2, ModelStage.PRODUCTION));
        }

        SplittableRandom random = new SplittableRandom(11);
        for (String tenant : tenants) {
            Awaitility.await("both models of " + tenant + " loaded before the next reconciliation")
                    .atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
                        String id = "PROBE-" + UUID.randomUUID();
                        publisher.publish("features.computed", tenant, id,
                                FeatureEvents.of(tenant, id, "847130", TrainedModel.randomVector(random)));
                        JsonNode assessment = bodies(scored.await(subjectIn(Set.of(id)), 1, TIMEOUT), Set.of(id)).get(0);
                        return assessment.path("modelVersion").asInt() == 2 && ScoringDatabase.count(
                                "select count(*) from assessment where declaration_id = ? and shadow_model_version = 1",
                                id) == 1;
                    });
        }
        assertThat(ScoringDatabase.count("select count(*) from deployment where model_name = ?", model)).isEqualTo(12);
        assertThat(EventQueue.drainDurable(dlq)).isEmpty();
    }

    @Test
    void aRedeliveredEventDoesNotCreateASecondAssessment() {
        String id = "KR-TWICE-" + UUID.randomUUID();
        var event = FeatureEvents.of("kr", id, "847130", new float[] { 0.1f, 0.2f, 0f, 5f, 9f });

        publisher.publish("features.computed", "kr", id, event);
        publisher.publish("features.computed", "kr", id, event);
        List<EventQueue.Delivery> announced = scored.await(subjectIn(Set.of(id)), 2, TIMEOUT);

        assertThat(announced).extracting(delivery -> delivery.header("cloudEvents:id")).containsOnly(
                announced.get(0).header("cloudEvents:id"));
        assertThat(announced.get(1).body()).isEqualTo(announced.get(0).body());
        assertThat(ScoringDatabase.count("select count(*) from assessment where declaration_id = ?", id)).isEqualTo(1);
    }

    @Test
    void aMandatoryRuleAlwaysWinsOverTheScore() {
        String policy = """
                {"basedOnVersion": %d, "changeNote": "Arms and ammunition always inspected",
                 "document": {"redRate": 0.05, "yellowRate": 0.1, "blueRate": 0.15, "explorationShare": 0.1,
                   "explorationMode": "RANDOM",
                   "mandatoryRules": [{"id": "arms", "kind": "HS_PREFIX", "values": ["93"],
                                       "rationale": "Prohibited and restricted goods"}]}}""";
        String riskManager = KeycloakTokens.ofUser("ng-risk-manager");
        int current = given().auth().oauth2(riskManager).when().get("/api/selectivity-policy")
                .then().statusCode(200).extract().path("version");
        given().auth().oauth2(riskManager).contentType(ContentType.JSON).body(policy.formatted(current))
                .when().put("/api/selectivity-policy")
                .then().statusCode(200);
        String id = "NG-ARMS-" + UUID.randomUUID();

        publisher.publish("features.computed", "ng", id, FeatureEvents.of("ng", id, "930190",
                new float[] { 0.5f, 0.0f, 0f, 1f, 9f }));
        JsonNode assessment = bodies(scored.await(subjectIn(Set.of(id)), 1, TIMEOUT), Set.of(id)).get(0);

        assertThat(assessment.get("channel").asText()).isEqualTo("RED");
        assertThat(assessment.get("selectionMode").asText()).isEqualTo("RULE");
        assertThat(assessment.get("reasons").get(0).get("rule").asText()).isEqualTo("arms");
        assertThat(assessment.get("policyVersion").asInt()).isEqualTo(current + 1);
    }

    @Test
    void unreadableEventsGoToTheDeadLetterQueueAndTheConsumerGoesOn() {
        String dlq = "scoring-service.features-computed.dlq";
        EventQueue.drainDurable(dlq);

        publisher.publishRaw("features.computed.kr", Map.of("tenant", "kr"), "{not json");
        publisher.publishRaw("features.computed.kr", Map.of(), "{\"tenant\": \"kr\"}");
        String id = "KR-AFTER-POISON-" + UUID.randomUUID();
        publisher.publish("features.computed", "kr", id, FeatureEvents.of("kr", id, "847130",
                new float[] { 0.1f, 0.2f, 0f, 5f, 9f }));

        scored.await(subjectIn(Set.of(id)), 1, TIMEOUT);
        List<EventQueue.Delivery> dead = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            dead.addAll(EventQueue.drainDurable(dlq));
            return dead.size() >= 2;
        });
        assertThat(dead).extracting(EventQueue.Delivery::body).contains("{not json");
    }

    @Test
    void anAssessmentOfOneTenantDoesNotExistForAnother() {
        String id = "KR-PRIVATE-" + UUID.randomUUID();
        publisher.publish("features.computed", "kr", id, FeatureEvents.of("kr", id, "847130",
                new float[] { 0.1f, 0.2f, 0f, 5f, 9f }));
        scored.await(subjectIn(Set.of(id)), 1, TIMEOUT);

        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst")).when().get("/api/assessments/{id}", id)
                .then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst")).when().get("/api/assessments/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst")).when().get("/api/assessments/{id}/revisions/1", id)
                .then().statusCode(404);
        given().when().get("/api/assessments/{id}", id).then().statusCode(401);
    }

    /** The tenant's policy as this test needs it, whatever other tests set before. */
    private static void setPolicy(String tenant, String document) {
        String riskManager = KeycloakTokens.ofUser(tenant + "-risk-manager");
        int current = given().auth().oauth2(riskManager).when().get("/api/selectivity-policy")
                .then().statusCode(200).extract().path("version");
        given().auth().oauth2(riskManager).contentType(ContentType.JSON)
                .body("{\"basedOnVersion\": %d, \"changeNote\": \"Policy of the rates test\", \"document\": %s}"
                        .formatted(current, document))
                .when().put("/api/selectivity-policy")
                .then().statusCode(200);
    }

    private static void promote(org.customsrisk.contracts.model.ModelPromoted promoted) {
        publisher.publish("model.promoted", promoted.tenant(), promoted.modelName(), promoted);
    }

    /** Sends probes until one is scored by the given version: the replica has loaded it. */
    private static void awaitModel(String tenant, String model, int version) {
        SplittableRandom random = new SplittableRandom();
        Awaitility.await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            String id = "PROBE-" + UUID.randomUUID();
            publisher.publish("features.computed", tenant, id,
                    FeatureEvents.of(tenant, id, "847130", TrainedModel.randomVector(random)));
            JsonNode assessment = bodies(scored.await(subjectIn(Set.of(id)), 1, TIMEOUT), Set.of(id)).get(0);
            return model.equals(assessment.path("modelName").asText())
                    && assessment.path("modelVersion").asInt() == version;
        });
    }

    private static int reasons(JsonNode assessment) {
        return assessment.get("reasons").size();
    }

    private static Predicate<EventQueue.Delivery> subjectIn(Set<String> ids) {
        return delivery -> ids.contains(delivery.header("cloudEvents:subject"));
    }

    private static List<JsonNode> bodies(List<EventQueue.Delivery> deliveries, Set<String> ids) {
        Map<String, JsonNode> bySubject = new java.util.HashMap<>();
        for (EventQueue.Delivery delivery : deliveries) {
            try {
                bySubject.putIfAbsent(delivery.header("cloudEvents:subject"), EventPublisher.JSON.readTree(delivery.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        bySubject.keySet().retainAll(ids);
        return List.copyOf(bySubject.values());
    }
}
