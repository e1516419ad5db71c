package org.customsrisk.common.testing;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;

/**
 * Empties the module's own consumer queues (and their dead-letter queues) in the tests' virtual host
 * before the service starts. The suites of all modules share {@code customs-test}, and a durable queue
 * left by an earlier run keeps collecting what the other modules' suites publish (ingestion's
 * declarations, model-service's promotions): the service would otherwise start on thousands of
 * events no test of its own sent. The queues come from the module's application.properties.
 */
public class StaleEvents implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Properties properties = ServiceProperties.ofThisModule();
        TreeSet<String> queues = new TreeSet<>();
        properties.forEach((key, value) -> {
            String name = key.toString();
            if (name.startsWith("mp.messaging.incoming.")
                    && (name.endsWith(".queue.name") || name.endsWith(".dead-letter-queue-name"))
                    && !value.toString().contains("${")) {
                queues.add(value.toString());
            }
        });
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("guest");
        factory.setPassword("guest");
        factory.setVirtualHost(properties.getProperty("%test.rabbitmq-virtual-host", EventQueue.VIRTUAL_HOST));
        try (Connection connection = factory.newConnection("test-stale-events")) {
            for (String queue : queues) {
                purgeIfExists(connection, queue);
            }
        } catch (IOException | TimeoutException e) {
            throw new IllegalStateException("cannot reach RabbitMQ to empty " + queues, e);
        }
        return Map.of();
    }

    private static void purgeIfExists(Connection connection, String queue) throws IOException {
        Channel channel = connection.createChannel();
        try {
            channel.queuePurge(queue);
            channel.close();
        } catch (IOException notDeclaredYet) {
            // a channel error closes the channel: the queue does not exist, nothing to empty
        } catch (TimeoutException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
