package org.customsrisk.common.testing;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * A queue of the test's own, bound to the platform's exchange on the real broker (virtual host
 * {@code customs-test}), that records every event it receives.
 */
public final class EventQueue implements AutoCloseable {

    public static final String EXCHANGE = "customs.events";
    public static final String VIRTUAL_HOST = "customs-test";

    /** An event as it arrived: routing key, AMQP properties and headers, and the JSON body. */
    public record Delivery(String routingKey, String messageId, String contentType, Integer deliveryMode,
            Map<String, Object> headers, String body) {

        public String header(String name) {
            Object value = headers == null ? null : headers.get(name);
            return value == null ? null : value.toString();
        }
    }

    private final Connection connection;
    private final Channel channel;
    private final String queue;
    private final boolean durable;
    private final ConcurrentLinkedQueue<Delivery> received = new ConcurrentLinkedQueue<>();

    private EventQueue(String name, boolean durable, String... routingKeys) throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setVirtualHost(VIRTUAL_HOST);
        this.connection = factory.newConnection("test-event-queue");
        this.channel = connection.createChannel();
        this.durable = durable;
        channel.exchangeDeclare(EXCHANGE, BuiltinExchangeType.TOPIC, true);
        if (durable && name == null) {
            this.queue = null;
            return;
        }
        this.queue = durable
                ? channel.queueDeclare(name, true, false, false, Map.of("x-queue-type", "quorum")).getQueue()
                : channel.queueDeclare("", false, true, true, null).getQueue();
        for (String routingKey : routingKeys) {
            channel.queueBind(queue, EXCHANGE, routingKey);
        }
    }

    /** A temporary queue, gone with the connection. */
    public static EventQueue bind(String... routingKeys) {
        try {
            EventQueue events = new EventQueue("", false, routingKeys);
            events.consume();
            return events;
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot reach RabbitMQ on 127.0.0.1:5672", e);
        }
    }

    /**
     * A durable quorum queue that keeps its messages while the broker restarts; read it with
     * {@link #drainDurable(String)} and delete it with {@link #deleteDurable(String)}.
     */
    public static void declareDurable(String name, String... routingKeys) {
        try (EventQueue events = new EventQueue(name, true, routingKeys)) {
            events.channel.queuePurge(name);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot reach RabbitMQ on 127.0.0.1:5672", e);
        }
    }

    /** Every message waiting in an existing queue (declared by a test or a service), taken off it. */
    public static List<Delivery> drainDurable(String name) {
        try (EventQueue events = new EventQueue(null, true)) {
            List<Delivery> messages = new ArrayList<>();
            for (var response = events.channel.basicGet(name, true); response != null;
                    response = events.channel.basicGet(name, true)) {
                messages.add(delivery(response.getEnvelope(), response.getProps(), response.getBody()));
            }
            return messages;
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot reach RabbitMQ on 127.0.0.1:5672", e);
        }
    }

    public static void deleteDurable(String name) {
        try (EventQueue events = new EventQueue(null, true)) {
            events.channel.queueDelete(name);
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot reach RabbitMQ on 127.0.0.1:5672", e);
        }
    }

    private void consume() throws IOException {
        channel.basicConsume(queue, true, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
                    byte[] body) {
                received.add(delivery(envelope, properties, body));
            }
        });
    }

    private static Delivery delivery(Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
        return new Delivery(envelope.getRoutingKey(), properties.getMessageId(), properties.getContentType(),
                properties.getDeliveryMode(), properties.getHeaders(), new String(body, StandardCharsets.UTF_8));
    }

    public List<Delivery> received() {
        return List.copyOf(received);
    }

    public List<Delivery> matching(Predicate<Delivery> filter) {
        return received.stream().filter(filter).toList();
    }

    /** Waits until at least {@code count} received events match, and returns them. */
    public List<Delivery> await(Predicate<Delivery> filter, int count, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> matching(filter).size() >= count);
        return matching(filter);
    }

    @Override
    public void close() {
        try {
            if (!durable && channel.isOpen() && queue != null) {
                channel.queueDelete(queue);
            }
            connection.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
