package org.customsrisk.gateway.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gateway reads and replays only the dead-letter queues on its list: a consumer added to a service
 * without its queue on the list would leave its dead letters out of reach of the administrators.
 */
class DeadLetterQueueListTest {

    @Test
    void theListHoldsTheDeadLetterQueueOfEveryConsumerOfThePlatform() throws IOException {
        Set<String> declared = new TreeSet<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path properties : modules.map(module -> module.resolve("src/main/resources/application.properties"))
                    .filter(Files::isRegularFile).toList()) {
                read(properties).forEach((key, value) -> {
                    if (key.toString().endsWith(".dead-letter-queue-name")) {
                        declared.add(value.toString());
                    }
                });
            }
        }
        Set<String> listed = Arrays.stream(read(Path.of("src/main/resources/application.properties"))
                .getProperty("gateway.dead-letters.queues").split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));

        assertThat(declared).hasSizeGreaterThanOrEqualTo(7);
        assertThat(listed).isEqualTo(declared);
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
