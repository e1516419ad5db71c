package org.customsrisk.gateway.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.customsrisk.common.testing.ServiceProperties;
import org.junit.jupiter.api.Test;

/**
 * The gateway reads and replays only the dead-letter queues on its list: a consumer added to a service
 * without its queue on the list would leave its dead letters out of reach of the administrators.
 */
class DeadLetterQueueListTest {

    @Test
    void theListHoldsTheDeadLetterQueueOfEveryConsumerOfThePlatform() {
        Set<String> declared = new TreeSet<>();
        ServiceProperties.ofEveryModule().values().forEach(properties -> properties.forEach((key, value) -> {
            if (key.toString().endsWith(".dead-letter-queue-name")) {
                declared.add(value.toString());
            }
        }));
        Set<String> listed = Arrays.stream(ServiceProperties.ofThisModule().getProperty("gateway.dead-letters.queues")
                .split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));

        assertThat(declared).hasSizeGreaterThanOrEqualTo(7);
        assertThat(listed).isEqualTo(declared);
    }
}
