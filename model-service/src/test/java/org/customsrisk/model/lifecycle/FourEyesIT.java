package org.customsrisk.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.model.testing.Api;
import org.customsrisk.model.testing.FeatureServiceStandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tenant ng promotes to PRODUCTION only with the approval of a second model manager. */
@QuarkusIntegrationTest
@WithTestResource(value = FeatureServiceStandIn.class, scope = TestResourceScope.GLOBAL)
class FourEyesIT {

    private static final String REQUESTER = "ng-model-manager";
    private static final String APPROVER = "ng-model-approver";

    @BeforeEach
    void ngRequiresFourEyes() {
        Api.as("ng-admin").contentType(ContentType.JSON)
                .body(Map.of("fourEyes", true, "reason", "Audit office requires a second signature"))
                .when().put("/api/tenants/ng/model-governance")
                .then().statusCode(200).body("tenant", equalTo("ng")).body("fourEyes", equalTo(true));
    }

    @Test
    void theRequesterCannotApproveAnotherModelManagerCanAndTheTrailSaysWhoAndWhy() {
        String model = Api.newModel(REQUESTER, "four-eyes");
        int version = stagedVersion(model);

        transition(model, version, "PRODUCTION").statusCode(409)
                .body("detail", containsString("submit a promotion request"));
        String id = Api.as(REQUESTER).contentType(ContentType.JSON)
                .body(Map.of("version", version, "reason", "Backtest on Q1 beats production at 5%"))
                .when().post("/api/models/{name}/promotion-requests", model)
                .then().statusCode(201).body("status", equalTo("PENDING")).body("requestedBy", equalTo(REQUESTER))
                .extract().path("id");
        Api.as(REQUESTER).contentType(ContentType.JSON).body(Map.of("version", version, "reason", "Again"))
                .when().post("/api/models/{name}/promotion-requests", model)
                .then().statusCode(409).body("detail", containsString("awaits a decision"));

        decide(REQUESTER, model, id, "approval", "I checked it myself").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot approve it"));
        Api.as(APPROVER).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/models/{name}/promotion-requests/{id}/approval", model, id)
                .then().statusCode(400).body("violations[0].field", equalTo("justification"));
        try (EventQueue events = EventQueue.bind("model.promoted.ng")) {
            decide(APPROVER, model, id, "approval", "Backtest reviewed; precision holds on every office")
                    .statusCode(200)
                    .body("version.stage", equalTo("PRODUCTION"))
                    .body("eventPublished", equalTo(true));
            events.await(d -> d.body().contains("\"" + model + "\"") && d.body().contains("\"PRODUCTION\""), 1,
                    Duration.ofSeconds(30));
        }

        Api.as(REQUESTER).when().get("/api/models/{name}/promotion-requests/{id}", model, id).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo(APPROVER))
                .body("justification", equalTo("Backtest reviewed; precision holds on every office"));
        decide(APPROVER, model, id, "approval", "Twice").statusCode(409);
        List<String> trail = Api.as(REQUESTER).when().get("/api/models/{name}/audit", model).then()
                .extract().jsonPath().getList("collect { it.action + ' ' + it.actor + ' ' + (it.promotionRequestId == null ? '-' : it.promotionRequestId) }");
        assertThat(trail).endsWith(
                "PROMOTION_REQUESTED " + REQUESTER + " " + id,
                "APPROVED " + APPROVER + " " + id,
                "TRANSITION " + APPROVER + " " + id);
    }

    @Test
    void aRequestIsRejectedOrWithdrawnWithAJustification() {
        String model = Api.newModel(REQUESTER, "four-eyes");
        int version = stagedVersion(model);
        String id = Api.as(REQUESTER).contentType(ContentType.JSON).body(Map.of("version", version, "reason", "Try"))
                .when().post("/api/models/{name}/promotion-requests", model)
                .then().statusCode(201).extract().path("id");

        decide(REQUESTER, model, id, "rejection", "Withdrawn: the backtest window was wrong").statusCode(200)
                .body("status", equalTo("REJECTED"));

        Api.as("ng-analyst").when().get("/api/models/{name}/promotion-requests?status=REJECTED", model).then()
                .statusCode(200).body("id", equalTo(List.of(id)));
        Api.as(REQUESTER).when().get("/api/models/{name}/promotion-requests?status=PENDING", model).then()
                .body("size()", equalTo(0));
        Api.as(REQUESTER).when().get("/api/models/{name}/versions/{v}", model, version).then()
                .body("stage", equalTo("STAGING"));
        Api.as("kr-model-manager").when().get("/api/models/{name}/promotion-requests/{id}", model, id).then()
                .statusCode(404);
        Api.as("ng-analyst").contentType(ContentType.JSON).body(Map.of("version", version, "reason", "Analysts may not"))
                .when().post("/api/models/{name}/promotion-requests", model)
                .then().statusCode(403);
    }

    @Test
    void onlyPlatformAdministratorsSetTheRuleOfATenant() {
        Api.as(REQUESTER).contentType(ContentType.JSON).body(Map.of("fourEyes", false, "reason", "Faster"))
                .when().put("/api/tenants/ng/model-governance")
                .then().statusCode(403).contentType("application/problem+json");
        Api.as("ng-admin").contentType(ContentType.JSON).body(Map.of("fourEyes", true))
                .when().put("/api/tenants/ng/model-governance")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        Api.as("ng-admin").contentType(ContentType.JSON).body(Map.of("fourEyes", true, "reason", "x"))
                .when().put("/api/tenants/{tenant}/model-governance", "Not A Tenant")
                .then().statusCode(400);
    }

    private static int stagedVersion(String model) {
        int version = Api.uploadCandidate(REQUESTER, model);
        transition(model, version, "STAGING").statusCode(200);
        return version;
    }

    private static ValidatableResponse transition(String model, int version, String stage) {
        return Api.as(REQUESTER).contentType(ContentType.JSON).body(Map.of("stage", stage, "reason", "Next stage"))
                .when().post("/api/models/{name}/versions/{v}/transitions", model, version)
                .then();
    }

    private static ValidatableResponse decide(String user, String model, String id, String decision, String why) {
        return Api.as(user).contentType(ContentType.JSON).body(Map.of("justification", why))
                .when().post("/api/models/{name}/promotion-requests/{id}/" + decision, model, id)
                .then();
    }
}
