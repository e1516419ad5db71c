package org.customsrisk.ingestion.declaration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.customsrisk.ingestion.declaration.DeclarationJson.declaration;
import static org.customsrisk.ingestion.declaration.DeclarationJson.firstItem;
import static org.customsrisk.ingestion.declaration.DeclarationJson.uniqueId;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.testing.EventPublisher;
import org.customsrisk.common.testing.EventQueue;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.common.testing.StaleEvents;
import org.awaitility.Awaitility;
import org.customsrisk.contracts.Channel;
import org.customsrisk.contracts.scoring.DeclarationScored;
import org.customsrisk.contracts.scoring.SelectionMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged service with real Keycloak tokens, PostgreSQL and RabbitMQ: a declaration submitted
 * is stored, readable, and announced once per revision on customs.events.
 */
@QuarkusIntegrationTest
@WithTestResource(value = StaleEvents.class, scope = TestResourceScope.GLOBAL)
class DeclarationSubmissionIT {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EventQueue events;
    private static String krIntegrator;
    private static String ngIntegrator;
    private static String krAnalyst;

    @BeforeAll
    static void connect() {
        events = EventQueue.bind("declaration.ingested.*");
        krIntegrator = KeycloakTokens.ofIntegrator("kr");
        ngIntegrator = KeycloakTokens.ofIntegrator("ng");
        krAnalyst = KeycloakTokens.ofUser("kr-analyst");
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @Test
    void submittedDeclarationIsStoredReadableAndAnnouncedWithCloudEventsHeaders() throws Exception {
        String id = uniqueId("KR-SUB");

        submit(krIntegrator, declaration(id))
                .statusCode(202)
                .header("Location", endsWith("/api/declarations/" + id))
                .body("declarationId", equalTo(id))
                .body("revision", equalTo(1));

        given().auth().oauth2(krAnalyst).when().get("/api/declarations/{id}", id)
                .then().statusCode(200)
                .body("revision", equalTo(1))
                .body("currentRevision", equalTo(1))
                .body("receivedBy", equalTo("service-account-kr-integrator"))
                .body("source", equalTo("api"))
                .body("declaration.importerId", equalTo("IMP-7JD1S2X"))
                .body("declaration.goodsItems[0].hsCode", equalTo("690722"))
                .body("declaration.goodsItems[0].cifValue", equalTo(375751.2f));

        EventQueue.Delivery event = events.await(about(id), 1, EVENT_TIMEOUT).get(0);
        assertThat(event.routingKey()).isEqualTo("declaration.ingested.kr");
        assertThat(event.contentType()).isEqualTo("application/json");
        assertThat(event.deliveryMode()).isEqualTo(2);
        assertThat(event.header("cloudEvents:specversion")).isEqualTo("1.0");
        assertThat(event.header("cloudEvents:type")).isEqualTo("declaration.ingested");
        assertThat(event.header("cloudEvents:source")).isEqualTo("/ingestion-service");
        assertThat(event.header("cloudEvents:subject")).isEqualTo(id);
        assertThat(event.header("cloudEvents:id")).isEqualTo(event.messageId()).isNotBlank();
        assertThat(event.header("tenant")).isEqualTo("kr");
        JsonNode body = JSON.readTree(event.body());
        assertThat(body.get("tenant").asText()).isEqualTo("kr");
        assertThat(body.get("revision").asInt()).isEqualTo(1);
        assertThat(body.at("/declaration/goodsItems/0/hsCode").asText()).isEqualTo("690722");
    }

    @Test
    void identicalResubmissionAnswersTheSameReceiptAndPublishesNothing() {
        String id = uniqueId("KR-RESUB");
        Map<String, Object> declaration = declaration(id);
        String first = submit(krIntegrator, declaration).statusCode(202).extract().asString();
        events.await(about(id), 1, EVENT_TIMEOUT);

        firstItem(declaration).put("cifValue", "375751.20");
        String second = submit(krIntegrator, declaration).statusCode(202).extract().asString();

        assertThat(second).isEqualTo(first);
        String marker = uniqueId("KR-MARKER");
        submit(krIntegrator, declaration(marker)).statusCode(202);
        events.await(about(marker), 1, EVENT_TIMEOUT);
        assertThat(events.matching(about(id))).hasSize(1);
    }

    @Test
    void changedDeclarationUnderTheSameIdIsAnAmendmentWithItsOwnRevisionAndEvent() throws Exception {
        String id = uniqueId("KR-AMEND");
        Map<String, Object> declaration = declaration(id);
        submit(krIntegrator, declaration).statusCode(202).body("revision", equalTo(1));

        firstItem(declaration).put("cifValue", 120000);
        submit(krIntegrator, declaration).statusCode(202).body("revision", equalTo(2));

        given().auth().oauth2(krAnalyst).when().get("/api/declarations/{id}", id)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("declaration.goodsItems[0].cifValue", equalTo(120000));
        given().auth().oauth2(krAnalyst).when().get("/api/declarations/{id}/revisions/1", id)
                .then().statusCode(200)
                .body("revision", equalTo(1))
                .body("currentRevision", equalTo(2))
                .body("declaration.goodsItems[0].cifValue", equalTo(375751.2f));
        List<EventQueue.Delivery> announced = events.await(about(id), 2, EVENT_TIMEOUT);
        assertThat(announced).extracting(delivery -> JSON.readTree(delivery.body()).get("revision").asInt())
                .containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void declarationOfOneTenantDoesNotExistForAnother() {
        String id = uniqueId("KR-PRIVATE");
        submit(krIntegrator, declaration(id)).statusCode(202);

        notFound(given().auth().oauth2(ngIntegrator).when().get("/api/declarations/{id}", id).then());
        notFound(given().auth().oauth2(ngIntegrator).when().get("/api/declarations/{id}/revisions/1", id).then());
        given().auth().oauth2(ngIntegrator).queryParam("importerId", "IMP-7JD1S2X")
                .when().get("/api/declarations")
                .then().statusCode(200)
                .body("items.declarationId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void sameDeclarationIdInTwoTenantsIsTwoDeclarations() {
        String id = uniqueId("SHARED");
        submit(krIntegrator, declaration(id)).statusCode(202).body("revision", equalTo(1));
        Map<String, Object> ngVersion = declaration(id);
        ngVersion.put("importerId", "NG-IMPORTER");
        submit(ngIntegrator, ngVersion).statusCode(202).body("revision", equalTo(1));

        given().auth().oauth2(krIntegrator).when().get("/api/declarations/{id}", id)
                .then().statusCode(200).body("declaration.importerId", equalTo("IMP-7JD1S2X"));
        given().auth().oauth2(ngIntegrator).when().get("/api/declarations/{id}", id)
                .then().statusCode(200).body("declaration.importerId", equalTo("NG-IMPORTER"));
        assertThat(events.await(about(id), 2, EVENT_TIMEOUT))
                .extracting(EventQueue.Delivery::routingKey)
                .containsExactlyInAnyOrder("declaration.ingested.kr", "declaration.ingested.ng");
    }

    @Test
    void invalidDeclarationIsRejectedFieldByFieldAndNothingIsStored() {
        String id = uniqueId("KR-BAD");
        Map<String, Object> declaration = declaration(id);
        declaration.put("acceptanceDate", "2999-01-01");
        declaration.put("countryOfDeparture", "XX");
        firstItem(declaration).put("hsCode", "69A7");
        firstItem(declaration).put("cifValue", -1);
        firstItem(declaration).put("currency", "ZZZ");
        declaration.remove("importerId");

        submit(krIntegrator, declaration)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:customs-risk:problem:validation"))
                .body("violations.field", containsInAnyOrder("acceptanceDate", "countryOfDeparture", "importerId",
                        "goodsItems[0].hsCode", "goodsItems[0].cifValue", "goodsItems[0].currency"));

        notFound(given().auth().oauth2(krIntegrator).when().get("/api/declarations/{id}", id).then());
    }

    @Test
    void unreadableBodyNamesTheFieldWithoutJavaDetails() {
        Map<String, Object> declaration = declaration(uniqueId("KR-UNREADABLE"));
        declaration.put("acceptanceDate", "18/03/2024");

        submit(krIntegrator, declaration)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:customs-risk:problem:malformed-request"))
                .body("violations[0].field", equalTo("acceptanceDate"))
                .body("violations[0].message", equalTo("'18/03/2024' is not a date (YYYY-MM-DD)"));
        given().auth().oauth2(krIntegrator).contentType(ContentType.JSON).body("{\"declarationId\": ")
                .when().post("/api/declarations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The body is not well-formed JSON."));
    }

    @Test
    void onlyIntegratorsSubmitAndAnonymousCallersAreRefused() {
        submit(krAnalyst, declaration(uniqueId("KR-ROLE")))
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(declaration(uniqueId("KR-ANON")))
                .when().post("/api/declarations")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void batchIsStoredAllOrNothing() {
        String good = uniqueId("KR-BATCH-OK");
        String bad = uniqueId("KR-BATCH-BAD");
        Map<String, Object> invalid = declaration(bad);
        firstItem(invalid).put("hsCode", "12");

        given().auth().oauth2(krIntegrator).contentType(ContentType.JSON)
                .body(Map.of("declarations", List.of(declaration(good), invalid)))
                .when().post("/api/declarations/batch")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("declarations[1].goodsItems[0].hsCode"));
        notFound(given().auth().oauth2(krIntegrator).when().get("/api/declarations/{id}", good).then());

        firstItem(invalid).put("hsCode", "120190");
        given().auth().oauth2(krIntegrator).contentType(ContentType.JSON)
                .body(Map.of("declarations", List.of(declaration(good), invalid)))
                .when().post("/api/declarations/batch")
                .then().statusCode(202)
                .body("receipts.declarationId", org.hamcrest.Matchers.contains(good, bad))
                .body("receipts.revision", org.hamcrest.Matchers.contains(1, 1));
    }

    @Test
    void searchFiltersByHsPrefixAndDatesAndPagesWithACursor() {
        String importer = uniqueId("IMP");
        for (int day = 1; day <= 5; day++) {
            Map<String, Object> declaration = declaration(uniqueId("KR-SEARCH-" + day));
            declaration.put("importerId", importer);
            declaration.put("acceptanceDate", "2024-04-0" + day);
            firstItem(declaration).put("hsCode", day % 2 == 0 ? "847130" : "690722");
            submit(krIntegrator, declaration).statusCode(202);
        }

        given().auth().oauth2(krAnalyst)
                .queryParam("importerId", importer).queryParam("hsPrefix", "8471")
                .when().get("/api/declarations")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.acceptanceDate", org.hamcrest.Matchers.contains("2024-04-04", "2024-04-02"));

        ValidatableResponse firstPage = given().auth().oauth2(krAnalyst)
                .queryParam("importerId", importer).queryParam("acceptedFrom", "2024-04-02").queryParam("limit", 2)
                .when().get("/api/declarations")
                .then().statusCode(200)
                .body("items.acceptanceDate", org.hamcrest.Matchers.contains("2024-04-05", "2024-04-04"));
        String cursor = firstPage.extract().path("nextCursor");
        given().auth().oauth2(krAnalyst)
                .queryParam("importerId", importer).queryParam("acceptedFrom", "2024-04-02").queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when().get("/api/declarations")
                .then().statusCode(200)
                .body("items.acceptanceDate", org.hamcrest.Matchers.contains("2024-04-03", "2024-04-02"))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(krAnalyst).queryParam("cursor", "not-a-cursor").queryParam("limit", 0)
                .when().get("/api/declarations")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("cursor", "limit"));
    }

    @Test
    void declarationsAreSearchableByTheChannelOfTheirLatestAssessment() {
        String id = uniqueId("KR-CHANNEL");
        Map<String, Object> declaration = declaration(id);
        submit(krIntegrator, declaration).statusCode(202);
        firstItem(declaration).put("cifValue", 99_000);
        submit(krIntegrator, declaration).statusCode(202).body("revision", equalTo(2));

        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish("declaration.scored", "kr", id, scored(id, 2, Channel.RED));
            publisher.publish("declaration.scored", "kr", id, scored(id, 1, Channel.GREEN));
        }

        Awaitility.await().atMost(EVENT_TIMEOUT).untilAsserted(() -> given().auth().oauth2(krAnalyst)
                .queryParam("channel", "RED").queryParam("importerId", "IMP-7JD1S2X").queryParam("limit", 500)
                .when().get("/api/declarations")
                .then().statusCode(200)
                .body("items.find { it.declarationId == '%s' }.channel".formatted(id), equalTo("RED")));
        given().auth().oauth2(krAnalyst).queryParam("channel", "GREEN").queryParam("importerId", "IMP-7JD1S2X")
                .queryParam("limit", 500)
                .when().get("/api/declarations")
                .then().statusCode(200)
                .body("items.declarationId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        given().auth().oauth2(krAnalyst).queryParam("channel", "PURPLE").when().get("/api/declarations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("channel"));
    }

    private static DeclarationScored scored(String id, int revision, Channel channel) {
        return new DeclarationScored("kr", id, revision, channel, SelectionMode.MODEL, 0.9, List.of(), List.of(),
                "fraud", 1, 1, false, Instant.now());
    }

    private static ValidatableResponse submit(String token, Map<String, Object> declaration) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(declaration)
                .when().post("/api/declarations")
                .then();
    }

    private static void notFound(ValidatableResponse response) {
        response.statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:customs-risk:problem:not-found"));
    }

    private static java.util.function.Predicate<EventQueue.Delivery> about(String declarationId) {
        return delivery -> declarationId.equals(delivery.header("cloudEvents:subject"));
    }
}
