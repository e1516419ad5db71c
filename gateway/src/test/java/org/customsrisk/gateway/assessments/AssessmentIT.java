package org.customsrisk.gateway.assessments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.gateway.testing.Declarations;
import org.junit.jupiter.api.Test;

/**
 * The synchronous journey through the gateway: stored by the real ingestion-service, assessed by the
 * real scoring-service within its deadline (feature-service is down in this suite, so the answer is
 * the rules-only fallback, and says so); and the risk manager's policy.
 */
@QuarkusIntegrationTest
class AssessmentIT {

    @Test
    void declarationIsStoredThenAssessedAndReadableAfterwards() {
        String id = Declarations.newId("KR");
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .contentType(ContentType.JSON).body(Declarations.of(id))
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("declarationId", equalTo(id))
                .body("revision", equalTo(1))
                .body("channel", oneOf("RED", "YELLOW", "BLUE", "GREEN"))
                .body("fallback", equalTo(true))
                .body("fallbackReason", notNullValue());

        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get("/api/v1/declarations/{id}", id)
                .then().statusCode(200).body("revision", equalTo(1));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get("/api/v1/assessments/{id}", id)
                .then().statusCode(200).body("revision", equalTo(1));
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .when().get("/api/v1/assessments/{id}/revisions/1", id)
                .then().statusCode(200).body("declarationId", equalTo(id));
        given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst"))
                .when().get("/api/v1/assessments/{id}", id)
                .then().statusCode(404).body("instance", equalTo("/api/v1/assessments/" + id));
    }

    @Test
    void analystSearchesDeclarationsWithTheirAssessments() {
        String assessed = Declarations.newId("NG");
        String pending = Declarations.newId("NG");
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .contentType(ContentType.JSON).body(Declarations.of(assessed))
                .when().post("/api/v1/assessments")
                .then().statusCode(200);
        Declarations.submit("ng", pending);

        JsonPath page = given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst"))
                .queryParam("importerId", "QLRUBN9").queryParam("limit", 50).queryParam("withAssessments", true)
                .when().get("/api/v1/declarations")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("items.find { it.declarationId == '" + assessed + "' }.assessment.channel"))
                .isIn("RED", "YELLOW", "BLUE", "GREEN");
        assertThat(page.getMap("items.find { it.declarationId == '" + pending + "' }")).containsEntry("assessment", null);

        given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst"))
                .queryParam("limit", 200).queryParam("withAssessments", true)
                .when().get("/api/v1/declarations")
                .then().statusCode(400).body("violations.field", hasItem("limit"));
    }

    @Test
    void invalidDeclarationIsNeitherStoredNorAssessed() {
        String id = Declarations.newId("KR");
        Map<String, Object> declaration = Declarations.of(id);
        declaration.remove("importerId");
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .contentType(ContentType.JSON).body(declaration)
                .when().post("/api/v1/assessments")
                .then().statusCode(400)
                .body("violations.field", hasItem("importerId"));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get("/api/v1/declarations/{id}", id)
                .then().statusCode(404);
    }

    @Test
    void riskManagerChangesThePolicyAndOnlyTheirTenantSeesIt() {
        int current = given().auth().oauth2(KeycloakTokens.ofUser("kr-risk-manager"))
                .when().get("/api/v1/selectivity-policy")
                .then().statusCode(200).extract().path("version");
        String note = "gateway test " + Declarations.newId("note");
        Map<String, Object> change = Map.of("basedOnVersion", current, "changeNote", note,
                "document", Map.of("redRate", 0.04, "yellowRate", 0.1, "blueRate", 0.15, "explorationShare", 0.1,
                        "explorationMode", "RANDOM"));

        given().auth().oauth2(KeycloakTokens.ofUser("kr-risk-manager"))
                .contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/selectivity-policy")
                .then().statusCode(200)
                .body("version", equalTo(current + 1))
                .body("createdBy", equalTo("kr-risk-manager"));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-risk-manager"))
                .contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/selectivity-policy")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/selectivity-policy"));

        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get("/api/v1/selectivity-policy/versions")
                .then().statusCode(200).body("changeNote", hasItem(note));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get("/api/v1/selectivity-policy/versions/{v}", current + 1)
                .then().statusCode(200).body("changeNote", equalTo(note));
        given().auth().oauth2(KeycloakTokens.ofUser("ng-risk-manager"))
                .when().get("/api/v1/selectivity-policy/versions")
                .then().statusCode(200).body("changeNote", not(hasItem(note)));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/selectivity-policy")
                .then().statusCode(403);
    }
}
