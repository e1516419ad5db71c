package org.customsrisk.gateway.declarations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.gateway.testing.Declarations;
import org.junit.jupiter.api.Test;

/** The integrator's and the analyst's journeys through the gateway to the real ingestion-service. */
@QuarkusIntegrationTest
class DeclarationJourneyIT {

    @Test
    void submittedDeclarationIsReadBackThroughThePublicPaths() {
        String id = Declarations.newId("KR");
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .contentType(ContentType.JSON).body(Declarations.of(id))
                .when().post("/api/v1/declarations")
                .then().statusCode(202)
                .header("Location", endsWith("/api/v1/declarations/" + id))
                .body("declarationId", equalTo(id))
                .body("revision", equalTo(1));

        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get("/api/v1/declarations/{id}", id)
                .then().statusCode(200)
                .body("declaration.importerId", equalTo("QLRUBN9"))
                .body("declaration.goodsItems[0].hsCode", equalTo("847130"));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .queryParam("importerId", "QLRUBN9").queryParam("limit", 200)
                .when().get("/api/v1/declarations")
                .then().statusCode(200)
                .body("items.declarationId", hasItem(id));
    }

    @Test
    void anotherTenantSeesNothingOfIt() {
        String id = Declarations.newId("KR");
        Declarations.submit("kr", id);

        given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst"))
                .when().get("/api/v1/declarations/{id}", id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/declarations/" + id))
                .body("detail", not(org.hamcrest.Matchers.containsString("QLRUBN9")));
        given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst"))
                .queryParam("importerId", "QLRUBN9").queryParam("limit", 200)
                .when().get("/api/v1/declarations")
                .then().statusCode(200)
                .body("items.declarationId", not(hasItem(id)));
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .contentType(ContentType.JSON).body(Map.of("illicit", true, "inspectionDate", "2024-03-15"))
                .when().post("/api/v1/declarations/{id}/inspection-results", id)
                .then().statusCode(404);
    }

    @Test
    void invalidDeclarationIsRefusedWithTheServicesViolationsUnderThePublicPath() {
        Map<String, Object> declaration = Declarations.of(Declarations.newId("KR"));
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>) declaration.get("goodsItems")).get(0);
        item.put("hsCode", "12");

        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .contentType(ContentType.JSON).body(declaration)
                .when().post("/api/v1/declarations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:customs-risk:problem:validation"))
                .body("instance", equalTo("/api/v1/declarations"))
                .body("violations.field", hasItem("goodsItems[0].hsCode"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedBeforeAnyServiceIsCalled() {
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .contentType(ContentType.JSON).body("[1, 2]")
                .when().post("/api/v1/declarations")
                .then().statusCode(400)
                .body("violations.field", hasItem("body"));
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .contentType(ContentType.JSON).body("{\"declarationId\": ")
                .when().post("/api/v1/declarations")
                .then().statusCode(400)
                .body("type", equalTo("urn:customs-risk:problem:malformed-request"));
    }

    @Test
    void aBatchIsStoredAllOrNone() {
        String first = Declarations.newId("NG");
        String second = Declarations.newId("NG");
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .contentType(ContentType.JSON)
                .body(Map.of("declarations", List.of(Declarations.of(first), Declarations.of(second))))
                .when().post("/api/v1/declaration-batches")
                .then().statusCode(202)
                .body("receipts.declarationId", org.hamcrest.Matchers.contains(first, second));

        given().auth().oauth2(KeycloakTokens.ofUser("ng-analyst"))
                .when().get("/api/v1/declarations/{id}", second)
                .then().statusCode(200);
    }

    @Test
    void inspectionResultsAreVersionedAndIdempotent() {
        String id = Declarations.newId("KR");
        Declarations.submit("kr", id);
        Map<String, Object> result = Map.of("itemNumber", 1, "illicit", true, "critical", false,
                "inspectionDate", "2024-03-15", "channelApplied", "RED", "remarks", "undervalued");

        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr")).contentType(ContentType.JSON).body(result)
                .when().post("/api/v1/declarations/{id}/inspection-results", id)
                .then().statusCode(201).body("version", equalTo(1));
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr")).contentType(ContentType.JSON).body(result)
                .when().post("/api/v1/declarations/{id}/inspection-results", id)
                .then().statusCode(200).body("version", equalTo(1));

        List<Map<String, Object>> results = given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get("/api/v1/declarations/{id}/inspection-results", id)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(results).singleElement().satisfies(current -> assertThat(current).containsEntry("illicit", true));
    }

    @Test
    void analystMayNotSubmitAndTheGatewaySaysSoItself() {
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .contentType(ContentType.JSON).body(Declarations.of(Declarations.newId("KR")))
                .when().post("/api/v1/declarations")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:customs-risk:problem:forbidden"))
                .header("X-Correlation-Id", notNullValue());
    }
}
