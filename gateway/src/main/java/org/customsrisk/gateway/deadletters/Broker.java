package org.customsrisk.gateway.deadletters;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.customsrisk.common.problem.DependencyUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's own AMQP connection for administering dead letters, to the broker and virtual host
 * its messaging connector uses (the same rabbitmq-* settings). Opened on first use, recovered by
 * the client after a broker restart; each operation works on a channel of its own.
 */
@ApplicationScoped
class Broker {

    private final ConnectionFactory factory = new ConnectionFactory();
    private Connection connection;

    Broker(@ConfigProperty(name = "rabbitmq-host") String host,
            @ConfigProperty(name = "rabbitmq-port") int port,
            @ConfigProperty(name = "rabbitmq-username", defaultValue = "guest") String username,
            @ConfigProperty(name = "rabbitmq-password", defaultValue = "guest") String password,
            @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost) {
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(username);
        factory.setPassword(password);
        factory.setVirtualHost(virtualHost);
        factory.setAutomaticRecoveryEnabled(true);
        factory.setConnectionTimeout(5_000);
    }

    Channel channel() {
        try {
            return connection().createChannel();
        } catch (IOException | TimeoutException e) {
            throw new DependencyUnavailableException("RabbitMQ cannot be reached", e);
        }
    }

    private synchronized Connection connection() throws IOException, TimeoutException {
        if (connection == null || !connection.isOpen()) {
            connection = factory.newConnection("gateway-dead-letters");
        }
        return connection;
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null && connection.isOpen()) {
            try {
                connection.close();
            } catch (IOException e) {
                // the broker went away first; nothing left to close
            }
        }
    }
}
