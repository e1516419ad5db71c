package org.customsrisk.common.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The application.properties of the services, read from the checkout: what tests of the platform's
 * conventions (and the suites that set up a service's queues) check against. Paths are relative to the
 * module the test runs in.
 */
public final class ServiceProperties {

    private static final String FILE = "src/main/resources/application.properties";

    private ServiceProperties() {
    }

    /** The properties of the module the test runs in. */
    public static Properties ofThisModule() {
        return read(Path.of(FILE));
    }

    /** Module name to its application.properties, for every module of the checkout that has one. */
    public static Map<String, Properties> ofEveryModule() {
        Map<String, Properties> modules = new TreeMap<>();
        try (Stream<Path> folders = Files.list(Path.of(".."))) {
            folders.filter(folder -> Files.isRegularFile(folder.resolve(FILE)))
                    .forEach(folder -> modules.put(folder.getFileName().toString(), read(folder.resolve(FILE))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return modules;
    }

    /** The incoming channels of the smallrye-rabbitmq connector, by name. */
    public static TreeSet<String> incomingRabbitMqChannels(Properties properties) {
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

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
