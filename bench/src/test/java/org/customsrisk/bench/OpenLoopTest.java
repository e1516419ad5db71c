package org.customsrisk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenLoopTest {

    private HttpServer server;
    private final AtomicInteger received = new AtomicInteger();
    private volatile long stallMillis;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int number = received.incrementAndGet();
            if (number == 1 && stallMillis > 0) {
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = (number % 10 == 0 && exchange.getRequestURI().getPath().equals("/flaky") ? "no" : "yes")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body[0] == 'n' ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path)).build();
    }

    @Test
    void sendsTheWholeScheduleAndSortsTheAnswers() throws Exception {
        OpenLoop loop = new OpenLoop(HttpClient.newHttpClient(), Duration.ofSeconds(5));

        OpenLoop.Result result = loop.run(Schedule.of(100, 1), index -> request("/flaky"), OpenLoop::byStatus);

        assertThat(result.scheduled()).isEqualTo(100);
        assertThat(received.get()).isEqualTo(100);
        assertThat(result.outcomes()).containsEntry("ok", 90L).containsEntry("http 503", 10L);
        assertThat(result.succeeded()).isEqualTo(90);
        assertThat(result.errors()).isEqualTo(10);
        assertThat(result.latencies().count()).isEqualTo(90);
    }

    @Test
    void aStalledServerIsChargedForTheRequestsItKeptWaiting() throws Exception {
        stallMillis = 800;
        OpenLoop loop = new OpenLoop(HttpClient.newHttpClient(), Duration.ofSeconds(5));

        OpenLoop.Result result = loop.run(Schedule.of(100, 1), index -> request("/"), OpenLoop::byStatus);

        // The single-threaded server held every request due in the first 800 ms behind the first
        // one: seven in ten waited 100 ms or more from their due time, so the median shows it.
        assertThat(result.succeeded()).isEqualTo(100);
        assertThat(result.latencies().p50()).isGreaterThanOrEqualTo(100);
        assertThat(result.latencies().max()).isGreaterThanOrEqualTo(800);
    }

    @Test
    void requestsBeyondTheOutstandingBoundAreNotSentAndCountAsErrors() throws Exception {
        stallMillis = 1500;
        OpenLoop loop = new OpenLoop(HttpClient.newHttpClient(), Duration.ofSeconds(5), 5);

        OpenLoop.Result result = loop.run(Schedule.of(20, 1), index -> request("/"), OpenLoop::byStatus);

        // The stalled first request holds the four after it on the single-threaded server: five
        // outstanding, so the rest of the second's twenty are not sent.
        assertThat(result.scheduled()).isEqualTo(20);
        assertThat(received.get()).isEqualTo(5);
        assertThat(result.outcomes()).containsEntry("ok", 5L).containsEntry(OpenLoop.NOT_SENT, 15L);
        assertThat(result.errors()).isEqualTo(15);
    }

    @Test
    void unansweredRequestsCountAsTimeouts() throws Exception {
        stallMillis = 3000;
        OpenLoop loop = new OpenLoop(HttpClient.newHttpClient(), Duration.ofMillis(500));

        OpenLoop.Result result = loop.run(Schedule.of(10, 0.5), index -> request("/"), OpenLoop::byStatus);

        assertThat(result.outcomes()).containsKey(OpenLoop.TIMEOUT);
        assertThat(result.errors()).isEqualTo(result.outcomes().get(OpenLoop.TIMEOUT));
    }
}
