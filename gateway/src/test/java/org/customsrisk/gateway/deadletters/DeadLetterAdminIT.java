package org.customsrisk.gateway.deadletters;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.contracts.CloudEventHeaders;
import org.customsrisk.contracts.Events;
import org.customsrisk.gateway.testing.GatewaySuite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform administrator finds a message that a consumer rejected in the real RabbitMQ, looks at
 * it without consuming it, and replays it to the routing key it had, where its consumer's queue
 * receives it again. The dead-letter queue is the gateway's own, on this suite's virtual host; the
 * "consumer" is a queue of this test that dead-letters to customs.dlx as the services' queues do,
 * bound to a routing key no service's queue matches.
 * Each test starts and ends with that dead-letter queue empty.
 */
@QuarkusIntegrationTest
class DeadLetterAdminIT {

    private static final String DLQ = "gateway.declaration-scored.dlq";
    private static final String PATH = "/api/v1/admin/dead-letters";

    private Connection connection;
    private Channel channel;
    private String consumerQueue;
    private String routingKey;
    private String deadLetterKey;

    @BeforeEach
    void rejectingConsumerQueue() throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setVirtualHost(GatewaySuite.VIRTUAL_HOST);
        connection = factory.newConnection("dead-letter-admin-it");
        channel = connection.createChannel();
        String suffix = UUID.randomUUID().toString();
        consumerQueue = "dead-letter-admin-it." + suffix;
        routingKey = "dead-letter-admin-it.events." + suffix;
        deadLetterKey = "dead-letter-admin-it." + suffix;
        channel.queuePurge(DLQ);
        channel.queueBind(DLQ, Events.DEAD_LETTER_EXCHANGE, deadLetterKey);
        channel.queueDeclare(consumerQueue, true, false, false, Map.of(
                "x-dead-letter-exchange", Events.DEAD_LETTER_EXCHANGE,
                "x-dead-letter-routing-key", deadLetterKey));
        channel.queueBind(consumerQueue, Events.EXCHANGE, routingKey);
    }

    @AfterEach
    void removeIt() throws IOException, TimeoutException {
        channel.queueDelete(consumerQueue);
        channel.queueUnbind(DLQ, Events.DEAD_LETTER_EXCHANGE, deadLetterKey);
        channel.queuePurge(DLQ);
        connection.close();
    }

    @Test
    void rejectedMessageIsListedPeekedWithoutBeingConsumedAndReplayedToItsRoutingKey() throws IOException {
        String eventId = UUID.randomUUID().toString();
        String body = "{\"tenant\":\"ng\",\"declarationId\":\"NG-DLQ-1\",\"note\":\"" + "x".repeat(4000) + "\"}";
        publish(eventId, "ng", body);
        rejectFromConsumerQueue();
        await().atMost(Duration.ofSeconds(10)).until(() -> channel.messageCount(DLQ) == 1);

        List<Map<String, Object>> queues = given().auth().oauth2(KeycloakTokens.ofUser("kr-admin"))
                .when().get(PATH)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(queues).anySatisfy(queue -> {
            assertThat(queue.get("queue")).isEqualTo(DLQ);
            assertThat(queue.get("exists")).isEqualTo(true);
            assertThat(((Number) queue.get("messages")).longValue()).isEqualTo(1L);
        });

        for (int look = 0; look < 2; look++) {
            given().auth().oauth2(KeycloakTokens.ofUser("kr-admin")).queryParam("limit", 5)
                    .when().get(PATH + "/{queue}", DLQ)
                    .then().statusCode(200)
                    .body("queue", equalTo(DLQ))
                    .body("messages", equalTo(1))
                    .body("deadLetters", hasSize(1))
                    .body("deadLetters[0].routingKey", equalTo(routingKey))
                    .body("deadLetters[0].exchange", equalTo(Events.EXCHANGE))
                    .body("deadLetters[0].eventId", equalTo(eventId))
                    .body("deadLetters[0].type", equalTo(Events.DECLARATION_SCORED))
                    .body("deadLetters[0].tenant", equalTo("ng"))
                    .body("deadLetters[0].deadLetteredFrom", equalTo(consumerQueue))
                    .body("deadLetters[0].reason", equalTo("rejected"))
                    .body("deadLetters[0].deathCount", equalTo(1))
                    .body("deadLetters[0].bodyBytes", equalTo(body.length()))
                    .body("deadLetters[0].bodyPreview", equalTo(body.substring(0, 2048)))
                    .body("deadLetters[0].bodyTruncated", equalTo(true));
        }
        assertThat(channel.messageCount(DLQ)).isEqualTo(1);

        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin")).contentType(ContentType.JSON).body(Map.of("limit", 10))
                .when().post(PATH + "/{queue}/replay", DLQ)
                .then().statusCode(200)
                .body("replayed", equalTo(1))
                .body("unroutable", equalTo(0))
                .body("withoutOrigin", equalTo(0))
                .body("remaining", equalTo(0));

        GetResponse replayed = channel.basicGet(consumerQueue, true);
        assertThat(replayed).isNotNull();
        assertThat(replayed.getEnvelope().getRoutingKey()).isEqualTo(routingKey);
        assertThat(new String(replayed.getBody(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(replayed.getProps().getHeaders().get(CloudEventHeaders.ID)).hasToString(eventId);
        assertThat(replayed.getProps().getHeaders()).doesNotContainKey("x-death");
        assertThat(channel.messageCount(DLQ)).isZero();
        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin"))
                .when().get(PATH + "/{queue}", DLQ)
                .then().statusCode(200).body("messages", equalTo(0)).body("deadLetters", hasSize(0));
    }

    @Test
    void messageWhoseConsumerQueueIsGoneStaysInTheQueue() throws IOException {
        publish(UUID.randomUUID().toString(), "kr", "{\"tenant\":\"kr\"}");
        rejectFromConsumerQueue();
        await().atMost(Duration.ofSeconds(10)).until(() -> channel.messageCount(DLQ) == 1);
        channel.queueDelete(consumerQueue);

        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin")).contentType(ContentType.JSON).body(Map.of("limit", 10))
                .when().post(PATH + "/{queue}/replay", DLQ)
                .then().statusCode(200)
                .body("replayed", equalTo(0))
                .body("unroutable", equalTo(1))
                .body("remaining", equalTo(1));
        assertThat(channel.messageCount(DLQ)).isEqualTo(1);
    }

    @Test
    void messageWithoutDeathRecordStaysInTheQueue() throws IOException {
        channel.confirmSelect();
        channel.basicPublish("", DLQ, new AMQP.BasicProperties.Builder().contentType("application/json").build(),
                "{}".getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(10)).until(() -> channel.messageCount(DLQ) == 1);

        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin")).contentType(ContentType.JSON).body(Map.of("limit", 10))
                .when().post(PATH + "/{queue}/replay", DLQ)
                .then().statusCode(200)
                .body("replayed", equalTo(0))
                .body("withoutOrigin", equalTo(1))
                .body("remaining", equalTo(1));
        assertThat(channel.messageCount(DLQ)).isEqualTo(1);
    }

    @Test
    void onlyThePlatformAdministratorReadsOnlyThePlatformsDeadLetterQueues() {
        given().when().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("limit", 1))
                .when().post(PATH + "/{queue}/replay", DLQ).then().statusCode(401);
        for (String user : new String[] { "kr-analyst", "kr-integrator", "ng-risk-manager" }) {
            given().auth().oauth2(KeycloakTokens.ofUser(user)).when().get(PATH + "/{queue}", DLQ)
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:customs-risk:problem:forbidden"));
        }
        given().auth().oauth2(KeycloakTokens.ofUser("kr-model-manager")).contentType(ContentType.JSON).body(Map.of("limit", 1))
                .when().post(PATH + "/{queue}/replay", DLQ).then().statusCode(403);

        String admin = KeycloakTokens.ofUser("kr-admin");
        for (String queue : new String[] { consumerQueue, "unknown.dlq" }) {
            given().auth().oauth2(admin).when().get(PATH + "/{queue}", queue)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:customs-risk:problem:not-found"));
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("limit", 1))
                    .when().post(PATH + "/{queue}/replay", queue).then().statusCode(404);
        }
        given().auth().oauth2(admin).queryParam("limit", 0).when().get(PATH + "/{queue}", DLQ)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("limit", 0))
                .when().post(PATH + "/{queue}/replay", DLQ)
                .then().statusCode(400)
                .body("violations.field", hasItem("limit"));
    }

    private void publish(String eventId, String tenant, String body) throws IOException {
        channel.confirmSelect();
        channel.basicPublish(Events.EXCHANGE, routingKey, true, new AMQP.BasicProperties.Builder()
                .contentType("application/json").deliveryMode(2).messageId(eventId)
                .headers(Map.of(
                        CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.TYPE, Events.DECLARATION_SCORED,
                        CloudEventHeaders.SOURCE, "/dead-letter-admin-it",
                        CloudEventHeaders.TENANT, tenant))
                .build(), body.getBytes(StandardCharsets.UTF_8));
        try {
            channel.waitForConfirmsOrDie(10_000);
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    private void rejectFromConsumerQueue() throws IOException {
        GetResponse delivered = await().atMost(Duration.ofSeconds(10)).until(() -> channel.basicGet(consumerQueue, false),
                response -> response != null);
        channel.basicReject(delivered.getEnvelope().getDeliveryTag(), false);
    }
}
