package org.customsrisk.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.customsrisk.common.testing.ServiceProperties;
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
    void everyConsumerBoundsItsUnacknowledgedMessagesAndDeadLettersItsFailures() {
        List<String> violations = new ArrayList<>();
        int consumers = 0;
        for (Map.Entry<String, Properties> module : ServiceProperties.ofEveryModule().entrySet()) {
            Properties properties = module.getValue();
            for (String channel : ServiceProperties.incomingRabbitMqChannels(properties)) {
                consumers++;
                String prefix = "mp.messaging.incoming." + channel + ".";
                String where = module.getKey() + " " + channel;
                if (properties.getProperty(prefix + "max-outstanding-messages") == null) {
                    violations.add(where + ": no max-outstanding-messages");
                }
                if ("false".equals(properties.getProperty(prefix + "queue.durable"))) {
                    continue;
                }
                DURABLE_QUEUE.forEach((key, expected) -> {
                    if (!expected.equals(properties.getProperty(prefix + key))) {
                        violations.add(where + ": " + key + " is not " + expected);
                    }
                });
                if (properties.getProperty(prefix + "dead-letter-queue-name") == null) {
                    violations.add(where + ": no dead-letter-queue-name");
                }
            }
        }

        assertThat(consumers).isGreaterThanOrEqualTo(8);
        assertThat(violations).isEmpty();
    }
}
