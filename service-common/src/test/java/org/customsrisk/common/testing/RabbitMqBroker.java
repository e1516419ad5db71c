package org.customsrisk.common.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the real local RabbitMQ application (not the Erlang node) with rabbitmqctl, for
 * outage tests. Durable queues and persistent messages survive; connections are dropped.
 */
public final class RabbitMqBroker {

    private static final String LOCAL_NODE = "rabbit@localhost";

    private RabbitMqBroker() {
    }

    public static void stop() {
        rabbitmqctl("stop_app");
    }

    public static void start() {
        rabbitmqctl("start_app");
        rabbitmqctl("await_startup");
    }

    private static void rabbitmqctl(String command) {
        String failure = null;
        for (List<String> node : List.of(List.of("-n", LOCAL_NODE), List.<String>of())) {
            List<String> arguments = new ArrayList<>(List.of("rabbitmqctl", "-q"));
            arguments.addAll(node);
            arguments.add(command);
            try {
                Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    failure = String.join(" ", arguments) + " did not finish within 120 s";
                    continue;
                }
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.exitValue() == 0) {
                    return;
                }
                failure = String.join(" ", arguments) + " failed: " + output.strip();
            } catch (IOException e) {
                failure = "rabbitmqctl cannot be run (" + e.getMessage() + "): outage tests need it on the PATH, as root";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(failure);
    }
}
