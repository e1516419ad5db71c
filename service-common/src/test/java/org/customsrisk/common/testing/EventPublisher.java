package org.customsrisk.common.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * Publishes events on the real broker (virtual host {@code customs-test}) as another service would:
 * persistent, with publisher confirms and CloudEvents headers; or raw, for poison messages.
 */
public final class EventPublisher implements AutoCloseable {

    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final Connection connection;
    private final Channel channel;

    public EventPublisher() {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setVirtualHost(EventQueue.VIRTUAL_HOST);
        try {
            connection = factory.newConnection("test-event-publisher");
            channel = connection.createChannel();
            channel.confirmSelect();
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot reach RabbitMQ on 127.0.0.1:5672", e);
        }
    }

    /** An event of {@code type} for {@code tenant} about {@code subject}, its payload as JSON. */
    public void publish(String type, String tenant, String subject, Object payload) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> headers = new HashMap<>();
        headers.put("cloudEvents:specversion", "1.0");
        headers.put("cloudEvents:id", id);
        headers.put("cloudEvents:type", type);
        headers.put("cloudEvents:source", "/test");
        headers.put("cloudEvents:time", Instant.now().toString());
        headers.put("cloudEvents:subject", subject);
        headers.put("tenant", tenant);
        try {
            publishRaw(type + "." + tenant, headers, JSON.writeValueAsBytes(payload), id);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Any bytes with any headers, e.g. a message no consumer can read. */
    public void publishRaw(String routingKey, Map<String, Object> headers, byte[] body, String messageId) {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .deliveryMode(2)
                .messageId(messageId)
                .headers(headers)
                .build();
        try {
            channel.basicPublish(EventQueue.EXCHANGE, routingKey, properties, body);
            channel.waitForConfirmsOrDie(10_000);
        } catch (IOException | InterruptedException | TimeoutException e) {
            throw new IllegalStateException("RabbitMQ did not confirm a message to " + routingKey, e);
        }
    }

    public void publishRaw(String routingKey, Map<String, Object> headers, String body) {
        publishRaw(routingKey, headers, body.getBytes(StandardCharsets.UTF_8), UUID.randomUUID().toString());
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
