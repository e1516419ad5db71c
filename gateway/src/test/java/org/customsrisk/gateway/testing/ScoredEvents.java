package org.customsrisk.gateway.testing;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.customsrisk.contracts.CloudEventHeaders;
import org.customsrisk.contracts.Events;

/** declaration.scored events published as scoring-service publishes them, on this suite's virtual host. */
public final class ScoredEvents {

    private ScoredEvents() {
    }

    public static void publish(String tenant, String eventId, String declarationId) {
        String body = """
                {"tenant":"%s","declarationId":"%s","revision":1,"channel":"RED","selectionMode":"MODEL",\
                "fraudProbability":0.91,"items":[{"itemNumber":1,"fraudProbability":0.91}],"reasons":[],\
                "modelName":"fraud","modelVersion":4,"policyVersion":0,"fallback":false,"assessedAt":"%s"}"""
                .formatted(tenant, declarationId, Instant.now());
        Map<String, Object> headers = Map.of(
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.ID, eventId,
                CloudEventHeaders.TYPE, Events.DECLARATION_SCORED,
                CloudEventHeaders.SOURCE, "/scoring-service",
                CloudEventHeaders.TIME, Instant.now().toString(),
                CloudEventHeaders.SUBJECT, declarationId,
                CloudEventHeaders.TENANT, tenant);
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setVirtualHost(GatewaySuite.VIRTUAL_HOST);
        try (Connection connection = factory.newConnection("gateway-test-publisher");
                Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(Events.EXCHANGE, BuiltinExchangeType.TOPIC, true);
            channel.confirmSelect();
            channel.basicPublish(Events.EXCHANGE, Events.DECLARATION_SCORED + "." + tenant,
                    new AMQP.BasicProperties.Builder().contentType("application/json").deliveryMode(2).messageId(eventId)
                            .headers(headers).build(),
                    body.getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(10_000);
        } catch (IOException | TimeoutException | InterruptedException e) {
            throw new IllegalStateException("cannot publish to RabbitMQ on 127.0.0.1:5672", e);
        }
    }
}
