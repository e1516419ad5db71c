package org.customsrisk.gateway.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.gateway.testing.ScoredEvents;
import org.customsrisk.gateway.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;

/**
 * declaration.scored from the real broker to a tenant's URL (a small HTTP receiver of the test's),
 * signed, retried after a failure, its status visible; and nothing of it for another tenant.
 */
@QuarkusIntegrationTest
class WebhookIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoredDeclarationIsDeliveredSignedAfterAFailedAttempt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(1)) {
            JsonPath registered = register("kr", receiver.url());
            String webhookId = registered.getString("id");
            String secret = registered.getString("secret");
            assertThat(secret).startsWith("whsec_");
            String eventId = UUID.randomUUID().toString();
            String declarationId = "KR-GW-HOOK-" + eventId.substring(0, 8);

            ScoredEvents.publish("kr", eventId, declarationId);

            WebhookReceiver.Received delivered = receiver.awaitRequests(2, Duration.ofSeconds(30)).get(1);
            String signature = "sha256=" + WebhookReceiver.hmacHex(secret, delivered.header("X-Customs-Timestamp") + "." + delivered.body());
            assertThat(delivered.header("X-Customs-Signature")).isEqualTo(signature);
            assertThat(Long.parseLong(delivered.header("X-Customs-Timestamp")))
                    .isBetween(Instant.now().minusSeconds(60).getEpochSecond(), Instant.now().getEpochSecond());
            assertThat(delivered.header("X-Customs-Event-Id")).isEqualTo(eventId);
            JsonNode body = JSON.readTree(delivered.body());
            assertThat(body.path("type").asText()).isEqualTo("declaration.scored");
            assertThat(body.path("tenant").asText()).isEqualTo("kr");
            assertThat(body.path("data").path("declarationId").asText()).isEqualTo(declarationId);
            assertThat(body.path("data").path("channel").asText()).isEqualTo("RED");

            JsonPath deliveries = Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300))
                    .until(() -> deliveries("kr", webhookId), page -> "DELIVERED".equals(page.getString("items[0].status")));
            assertThat(deliveries.getInt("items[0].attempts")).isEqualTo(2);
            assertThat(deliveries.getInt("items[0].lastStatusCode")).isEqualTo(204);
            assertThat(deliveries.getString("items[0].eventId")).isEqualTo(eventId);
            assertThat(deliveries.getString("items[0].subject")).isEqualTo(declarationId);

            ScoredEvents.publish("kr", eventId, declarationId);
            ScoredEvents.publish("ng", UUID.randomUUID().toString(), "NG-GW-HOOK-1");
            String marker = UUID.randomUUID().toString();
            ScoredEvents.publish("kr", marker, "KR-GW-HOOK-MARK");
            receiver.awaitRequests(3, Duration.ofSeconds(30));
            assertThat(receiver.received()).hasSize(3);
            assertThat(receiver.received().get(2).header("X-Customs-Event-Id")).isEqualTo(marker);
        }
    }

    @Test
    void deliveryThatKeepsFailingEndsFailedAfterItsLastAttempt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(100)) {
            String webhookId = register("ng", receiver.url()).getString("id");
            ScoredEvents.publish("ng", UUID.randomUUID().toString(), "NG-GW-HOOK-FAIL");

            JsonPath deliveries = Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                    .until(() -> deliveries("ng", webhookId), page -> "FAILED".equals(page.getString("items[0].status")));
            assertThat(deliveries.getInt("items[0].attempts")).isEqualTo(4);
            assertThat(deliveries.getString("items[0].lastError")).isEqualTo("the receiver answered 500");
            assertThat(receiver.received()).hasSize(4);
            given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                    .queryParam("status", "DELIVERED")
                    .when().get("/api/v1/webhooks/{id}/deliveries", webhookId)
                    .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        }
    }

    @Test
    void anotherTenantSeesNothingOfAWebhook() {
        String webhookId = register("kr", "http://127.0.0.1:9/hooks").getString("id");

        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .when().get("/api/v1/webhooks/{id}", webhookId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .when().get("/api/v1/webhooks/{id}/deliveries", webhookId)
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .when().delete("/api/v1/webhooks/{id}", webhookId)
                .then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .when().get("/api/v1/webhooks")
                .then().statusCode(200).body("id", not(hasItem(webhookId)));

        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin"))
                .when().get("/api/v1/webhooks/{id}", webhookId)
                .then().statusCode(200).body("secret", nullValue()).body("url", startsWith("http://127.0.0.1"));
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .when().delete("/api/v1/webhooks/{id}", webhookId)
                .then().statusCode(204);
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .when().get("/api/v1/webhooks/{id}", webhookId)
                .then().statusCode(404);
    }

    @Test
    void onlyIntegratorsAndAdministratorsRegisterAndOnlyRealUrls() {
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/hook"))
                .when().post("/api/v1/webhooks")
                .then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr")).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://example.org/hook"))
                .when().post("/api/v1/webhooks")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("url"));
    }

    private static JsonPath register(String tenant, String url) {
        return given().auth().oauth2(KeycloakTokens.ofIntegrator(tenant)).contentType(ContentType.JSON)
                .body(Map.of("url", url, "description", "test receiver"))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201)
                .body("url", equalTo(url))
                .extract().jsonPath();
    }

    private static JsonPath deliveries(String tenant, String webhookId) {
        return given().auth().oauth2(KeycloakTokens.ofIntegrator(tenant))
                .when().get("/api/v1/webhooks/{id}/deliveries", webhookId)
                .then().statusCode(200).extract().jsonPath();
    }
}
