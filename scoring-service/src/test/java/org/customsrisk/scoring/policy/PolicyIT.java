package org.customsrisk.scoring.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.customsrisk.common.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

/** The selectivity policy through the packaged service, with real tokens of both demo tenants. */
@QuarkusIntegrationTest
class PolicyIT {

    private static final String CHANGE = """
            {"basedOnVersion": %d, "changeNote": "%s",
             "document": {"redRate": %s, "yellowRate": 0.1, "blueRate": 0.15, "explorationShare": 0.2,
               "explorationMode": "UNCERTAINTY", "officeDailyCapacity": {"030": 40},
               "mandatoryRules": [{"id": "watch-list", "kind": "IMPORTER", "values": ["IMP-9"],
                                   "validFrom": "2024-01-01", "rationale": "Intelligence report 2024-17"}]}}""";

    @Test
    void riskManagersVersionTheirPolicyAndStaleChangesAreRefused() {
        String riskManager = KeycloakTokens.ofUser("kr-risk-manager");
        int current = given().auth().oauth2(riskManager).when().get("/api/selectivity-policy")
                .then().statusCode(200).extract().path("version");

        given().auth().oauth2(riskManager).contentType(ContentType.JSON)
                .body(CHANGE.formatted(current, "Budget for 2025", "0.04"))
                .when().put("/api/selectivity-policy")
                .then().statusCode(200)
                .body("version", equalTo(current + 1))
                .body("createdBy", equalTo("kr-risk-manager"))
                .body("document.explorationMode", equalTo("UNCERTAINTY"))
                .body("document.mandatoryRules[0].id", equalTo("watch-list"));
        given().auth().oauth2(riskManager).contentType(ContentType.JSON)
                .body(CHANGE.formatted(current, "Made from an old version", "0.06"))
                .when().put("/api/selectivity-policy")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("version " + (current + 1)));

        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst")).when().get("/api/selectivity-policy/versions")
                .then().statusCode(200)
                .body("[0].version", equalTo(current + 1))
                .body("[0].changeNote", equalTo("Budget for 2025"))
                .body("[0].document.redRate", equalTo(0.04f));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get("/api/selectivity-policy/versions/{v}", current + 1)
                .then().statusCode(200).body("document.officeDailyCapacity.030", equalTo(40));
    }

    @Test
    void onlyRiskManagersChangeThePolicy() {
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst")).contentType(ContentType.JSON)
                .body(CHANGE.formatted(0, "Not mine to change", "0.04"))
                .when().put("/api/selectivity-policy")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr")).when().get("/api/selectivity-policy")
                .then().statusCode(403);
    }

    @Test
    void aPlatformAdministratorSetsAnotherTenantsPolicyAndNobodyElseDoes() {
        String setting = """
                {"changeNote": "Starting policy of the administration",
                 "document": {"redRate": 0.08, "yellowRate": 0.1, "blueRate": 0.1, "explorationShare": 0.1,
                   "explorationMode": "RANDOM"}}""";

        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin")).contentType(ContentType.JSON).body(setting)
                .when().put("/api/tenants/{tenant}/selectivity-policy", "ng")
                .then().statusCode(200)
                .body("createdBy", equalTo("kr-admin"))
                .body("document.redRate", equalTo(0.08f));
        given().auth().oauth2(KeycloakTokens.ofUser("ng-risk-manager")).when().get("/api/selectivity-policy")
                .then().statusCode(200)
                .body("changeNote", equalTo("Starting policy of the administration"))
                .body("document.redRate", equalTo(0.08f));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-risk-manager")).contentType(ContentType.JSON).body(setting)
                .when().put("/api/tenants/{tenant}/selectivity-policy", "ng")
                .then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin")).contentType(ContentType.JSON).body(setting)
                .when().put("/api/tenants/{tenant}/selectivity-policy", "NG!")
                .then().statusCode(400).body("violations[0].field", equalTo("tenant"));
    }

    @Test
    void anInconsistentPolicyIsRejectedFieldByField() {
        given().auth().oauth2(KeycloakTokens.ofUser("kr-risk-manager")).contentType(ContentType.JSON)
                .body("""
                        {"basedOnVersion": 0, "changeNote": "",
                         "document": {"redRate": 0.7, "yellowRate": 0.2, "blueRate": 0.2, "explorationShare": 1.5,
                           "explorationMode": "RANDOM",
                           "mandatoryRules": [{"id": "Bad Id", "kind": "HS_PREFIX", "values": ["93"], "rationale": ""}]}}""")
                .when().put("/api/selectivity-policy")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("changeNote", "document.explorationShare",
                        "document.withinOneHundredPercent", "document.mandatoryRules[0].id",
                        "document.mandatoryRules[0].rationale"));
    }

    @Test
    void aTenantSeesOnlyItsOwnPolicy() {
        String krManager = KeycloakTokens.ofUser("kr-risk-manager");
        int krVersion = given().auth().oauth2(krManager).when().get("/api/selectivity-policy")
                .then().extract().path("version");
        given().auth().oauth2(krManager).contentType(ContentType.JSON)
                .body(CHANGE.formatted(krVersion, "Only for kr", "0.03"))
                .when().put("/api/selectivity-policy").then().statusCode(200);

        given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst")).when().get("/api/selectivity-policy/versions")
                .then().statusCode(200)
                .body("changeNote", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Only for kr")));
    }
}
