package org.customsrisk.scoring.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.EventPublisher;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.common.testing.StaleEvents;
import org.customsrisk.contracts.model.ModelStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The synchronous assessment of the packaged service: on time, past its deadline, and without features.
 * A model is deployed before the first test (REST Assured knows the service's port only per test).
 */
@QuarkusIntegrationTest
@WithTestResource(value = FeatureServiceStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = StaleEvents.class, scope = TestResourceScope.GLOBAL)
class SyncAssessmentIT {

    private static String integrator;
    private static String model;

    @BeforeEach
    void deployAModelOnce() {
        if (model != null) {
            return;
        }
        integrator = KeycloakTokens.ofIntegrator("kr");
        model = "sync-" + UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher()) {
            var promoted = TrainedModel.train(9, 30).store("kr", model, 1, ModelStage.PRODUCTION);
            publisher.publish("model.promoted", "kr", model, promoted);
        }
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> model.equals(
                assess("PROBE-" + UUID.randomUUID()).statusCode(200).extract().path("modelName")));
    }

    @Test
    void declarationIsAssessedByTheModelAndTheSameRequestAnswersTheSameAssessment() {
        String id = "KR-SYNC-" + UUID.randomUUID();

        String first = assess(id).statusCode(200)
                .body("declarationId", equalTo(id))
                .body("revision", equalTo(1))
                .body("fallback", equalTo(false))
                .body("modelName", equalTo(model))
                .body("reasons.size()", org.hamcrest.Matchers.greaterThan(0))
                .extract().asString();
        String again = assess(id).statusCode(200).extract().asString();

        assertThat(again).isEqualTo(first);
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst")).when().get("/api/assessments/{id}", id)
                .then().statusCode(200).body("modelName", equalTo(model));
    }

    @Test
    void pastTheDeadlineTheRulesAnswerAloneWithinTheDeadlineAndSaySo() {
        long started = System.nanoTime();
        assess("SLOW-" + UUID.randomUUID()).statusCode(200)
                .body("fallback", equalTo(true))
                .body("fallbackReason", containsString("deadline of 300 ms"))
                .body("selectionMode", org.hamcrest.Matchers.oneOf("RANDOM", "NONE", "RULE"))
                .body("fraudProbability", org.hamcrest.Matchers.nullValue());
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(elapsedMillis).isLessThan(300 + 700);
    }

    @Test
    void withoutFeatureServiceTheRulesAnswerAlone() {
        assess("DOWN-" + UUID.randomUUID()).statusCode(200)
                .body("fallback", equalTo(true))
                .body("fallbackReason", equalTo("feature-service could not compute the features"));
    }

    @Test
    void onlyIntegratorsAssessAndAnIncompleteDeclarationIsRejected() {
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst")).contentType(ContentType.JSON)
                .body(request("KR-ROLE-" + UUID.randomUUID()))
                .when().post("/api/assessments")
                .then().statusCode(403);
        given().auth().oauth2(integrator).contentType(ContentType.JSON)
                .body(Map.of("revision", 0, "declaration", Map.of("declarationId", "X")))
                .when().post("/api/assessments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem("revision"));
        given().auth().oauth2(integrator).contentType(ContentType.JSON)
                .body(Map.of("revision", 1, "declaration", Map.of("declarationId", "X")))
                .when().post("/api/assessments")
                .then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("declaration.acceptanceDate",
                        "declaration.goodsItems"));
    }

    private static ValidatableResponse assess(String declarationId) {
        return given().auth().oauth2(integrator).contentType(ContentType.JSON).body(request(declarationId))
                .when().post("/api/assessments").then();
    }

    private static Map<String, Object> request(String declarationId) {
        return Map.of("revision", 1, "declaration", EventPublisher.JSON.convertValue(
                FeatureEvents.of("kr", declarationId, "847130", FeatureServiceStandIn.VECTOR).declaration(), Map.class));
    }
}
