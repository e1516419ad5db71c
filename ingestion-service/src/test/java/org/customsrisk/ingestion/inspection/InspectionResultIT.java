package org.customsrisk.ingestion.inspection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.customsrisk.ingestion.declaration.DeclarationJson.declaration;
import static org.customsrisk.ingestion.declaration.DeclarationJson.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.common.testing.KeycloakTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Inspection results through the packaged service, with real tokens, PostgreSQL and RabbitMQ. */
@QuarkusIntegrationTest
class InspectionResultIT {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EventQueue events;
    private static String krIntegrator;

    @BeforeAll
    static void connect() {
        events = EventQueue.bind("inspection.recorded.*");
        krIntegrator = KeycloakTokens.ofIntegrator("kr");
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    void resultIsStoredVersionedAndAnnounced() {
        String id = lodged("KR-INSPECTED");
        Map<String, Object> result = finding();

        record(krIntegrator, id, result).statusCode(201)
                .body("version", equalTo(1))
                .body("itemNumber", nullValue())
                .body("illicit", equalTo(true))
                .body("recordedBy", equalTo("service-account-kr-integrator"));
        record(krIntegrator, id, result).statusCode(200).body("version", equalTo(1));
        result.put("revenueRecovered", 2_000_000);
        record(krIntegrator, id, result).statusCode(201).body("version", equalTo(2));

        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get("/api/declarations/{id}/inspection-results", id)
                .then().statusCode(200)
                .body("version", contains(2))
                .body("revenueRecovered", contains(2_000_000))
                .body("channelApplied", contains("RED"));

        List<EventQueue.Delivery> announced = events.await(
                delivery -> id.equals(delivery.header("cloudEvents:subject")), 2, EVENT_TIMEOUT);
        assertThat(announced).extracting(EventQueue.Delivery::routingKey).containsOnly("inspection.recorded.kr");
        assertThat(announced).extracting(delivery -> delivery.header("cloudEvents:type"))
                .containsOnly("inspection.recorded");
        List<JsonNode> bodies = announced.stream().map(delivery -> readTree(delivery.body())).toList();
        assertThat(bodies).extracting(body -> body.get("version").asInt()).containsExactlyInAnyOrder(1, 2);
        JsonNode last = bodies.stream().filter(body -> body.get("version").asInt() == 2).findFirst().orElseThrow();
        assertThat(last.get("illicit").asBoolean()).isTrue();
        assertThat(last.get("inspectionDate").asText()).isEqualTo("2024-03-19");
        assertThat(last.get("revenueRecovered").decimalValue()).isEqualByComparingTo("2000000");
    }

    @Test
    void itemLevelResultNeedsAnExistingGoodsItem() {
        String id = lodged("KR-ITEM");
        Map<String, Object> result = finding();
        result.put("itemNumber", 7);

        record(krIntegrator, id, result).statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("itemNumber"));
        result.put("itemNumber", 1);
        record(krIntegrator, id, result).statusCode(201).body("itemNumber", equalTo(1));
    }

    @Test
    void inconsistentFindingIsRejectedFieldByField() {
        String id = lodged("KR-INCONSISTENT");
        Map<String, Object> result = finding();
        result.put("illicit", false);
        result.put("critical", true);
        result.remove("revenueCurrency");
        result.put("inspectionDate", "2999-01-01");

        record(krIntegrator, id, result).statusCode(400)
                .body("violations.field", containsInAnyOrder("critical", "revenueCurrency", "inspectionDate"));
    }

    @Test
    void resultForAnUnknownOrForeignDeclarationIs404AndOnlyIntegratorsRecord() {
        String id = lodged("KR-FOREIGN");

        record(KeycloakTokens.ofIntegrator("ng"), id, finding()).statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .when().get("/api/declarations/{id}/inspection-results", id)
                .then().statusCode(404);
        record(krIntegrator, uniqueId("KR-NEVER-LODGED"), finding()).statusCode(404);
        record(KeycloakTokens.ofUser("kr-analyst"), id, finding()).statusCode(403);
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String lodged(String prefix) {
        String id = uniqueId(prefix);
        given().auth().oauth2(krIntegrator).contentType(ContentType.JSON).body(declaration(id))
                .when().post("/api/declarations")
                .then().statusCode(202);
        return id;
    }

    private static Map<String, Object> finding() {
        Map<String, Object> result = new HashMap<>();
        result.put("illicit", true);
        result.put("critical", false);
        result.put("revenueRecovered", 1_520_000);
        result.put("revenueCurrency", "KRW");
        result.put("inspectionDate", "2024-03-19");
        result.put("channelApplied", "RED");
        result.put("remarks", "Under-valued: invoice price 40% below the HS6 reference");
        return result;
    }

    private static ValidatableResponse record(String token, String declarationId, Map<String, Object> result) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(result)
                .when().post("/api/declarations/{id}/inspection-results", declarationId)
                .then();
    }
}
