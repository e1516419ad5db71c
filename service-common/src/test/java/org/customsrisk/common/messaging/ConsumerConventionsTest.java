package org.customsrisk.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The messaging discipline of every consumer of the platform, read from each service's
 * application.properties: a bounded number of unacknowledged messages (without it the connector
 * delivers faster than a blocking consumer takes and the channel fails for good with "Queue is full"),
 * and, for the durable queues, quorum queues with a dead-letter queue through customs.dlx and failures
 * rejected to it.
 */
class ConsumerConventionsTest {

    private static final Map<String, String> DURABLE_QUEUE = Map.of(
            "queue.x-queue-type", "quorum",
            "auto-bind-dlq", "true",
            "dead-letter-exchange", "customs.dlx",
            "failure-strategy", "reject");

    @Test
    void everyConsumerBoundsItsUnacknowledgedMessagesAndDeadLettersItsFailures() throws IOException {
        List<String> violations = new ArrayList<>();
        int consumers = 0;
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path file : modules.map(module -> module.resolve("src/main/resources/application.properties"))
                    .filter(Files::isRegularFile).sorted().toList()) {
                Properties properties = read(file);
                String service = file.getParent().getParent().getParent().getParent().getFileName().toString();
                for (String channel : incomingRabbitMqChannels(properties)) {
                    consumers++;
                    String prefix = "mp.messaging.incoming." + channel + ".";
                    if (properties.getProperty(prefix + "max-outstanding-messages") == null) {
                        violations.add(service + " " + channel + ": no max-outstanding-messages");
                    }
                    if ("false".equals(properties.getProperty(prefix + "queue.durable"))) {
                        continue;
                    }
                    DURABLE_QUEUE.forEach((key, expected) -> {
                        if (!expected.equals(properties.getProperty(prefix + key))) {
                            violations.add(service + " " + channel + ": " + key + " is not " + expected);
                        }
                    });
                    if (properties.getProperty(prefix + "dead-letter-queue-name") == null) {
                        violations.add(service + " " + channel + ": no dead-letter-queue-name");
                    }
                }
            }
        }

        assertThat(consumers).isGreaterThanOrEqualTo(8);
        assertThat(violations).isEmpty();
    }

    private static TreeSet<String> incomingRabbitMqChannels(Properties properties) {
        TreeSet<String> channels = new TreeSet<>();
        properties.forEach((key, value) -> {
            String name = key.toString();
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".connector")
                    && "smallrye-rabbitmq".equals(value)) {
                channels.add(name.substring("mp.messaging.incoming.".length(), name.length() - ".connector".length()));
            }
        });
        return channels;
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
