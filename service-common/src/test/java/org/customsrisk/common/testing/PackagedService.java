package org.customsrisk.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A service of the platform run from its packaged jar (the reactor builds it before the suites that
 * use it), with the test profile on a free port, the database and virtual host its suite gives it,
 * and its log in the suite's target/.
 */
public final class PackagedService {

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final Process process;

    private PackagedService(String name, int port, Map<String, String> environment, Process process) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.process = process;
    }

    public static PackagedService start(String name, Map<String, String> environment) {
        return launch(name, freePort(), environment, false);
    }

    /**
     * Stops this service (if it still runs) and starts it again on the same port, with the same
     * environment and the given changes to it (e.g. no clean database this time).
     */
    public PackagedService restart(Map<String, String> changes) {
        stop();
        Map<String, String> changed = new HashMap<>(environment);
        changed.putAll(changes);
        return launch(name, port, changed, true);
    }

    /** Ends the process with SIGKILL, as the kernel's OOM killer or a lost node would: no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static PackagedService launch(String name, int port, Map<String, String> environment, boolean again) {
        Path jar = Path.of("..", name, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build it first with "
                    + "./mvnw -B -q package -DskipTests -pl " + name + " -am");
        }
        Path options = Path.of("..", "infra", "service-jvm.options").toAbsolutePath().normalize();
        java.io.File log = Path.of("target", name + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder("java", "@" + options, "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(again ? ProcessBuilder.Redirect.appendTo(log) : ProcessBuilder.Redirect.to(log));
        Map<String, String> env = new HashMap<>(environment);
        env.put("QUARKUS_PROFILE", "test");
        env.put("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().putAll(env);
        try {
            return new PackagedService(name, port, Map.copyOf(environment), builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see target/" + name + ".log");
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see target/" + name + ".log");
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port nothing listens on, e.g. for a service that is down. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
