package org.customsrisk.feature;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import org.customsrisk.common.testing.EventPublisher;
import org.customsrisk.common.testing.EventQueue;

import org.customsrisk.contracts.declaration.DeclarationPayload;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the declaration consumer (declaration.ingested in to features.computed confirmed out)
 * and latency of the synchronous compute over HTTP with a real token, beside an authenticated schema
 * read as the baseline of the same run. Writes bench/results/feature-service.json; asserts no timing.
 */
@QuarkusIntegrationTest
class FeatureBenchmarkIT {

    private static final int EVENTS = 2000;
    private static final int WARM_UP = 200;
    private static final int REQUESTS = 1000;
    private static final Path RESULTS = Path.of("../bench/results/feature-service.json");

    @Test
    void consumerThroughputAndSynchronousLatency() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        SplittableRandom random = new SplittableRandom(11);
        List<DeclarationPayload> declarations = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            declarations.add(randomDeclaration("KR-BENCH-" + run + "-" + i, run, random));
        }
        Set<String> ids = new HashSet<>();
        declarations.forEach(declaration -> ids.add(declaration.declarationId()));

        double eventsPerSecond;
        try (EventPublisher publisher = new EventPublisher(); EventQueue computed = EventQueue.bind("features.computed.kr")) {
            long started = System.nanoTime();
            for (DeclarationPayload declaration : declarations) {
                TestDeclarations.publish(publisher, "kr", declaration, 1);
            }
            computed.await(delivery -> ids.contains(delivery.header("cloudEvents:subject")), EVENTS, Duration.ofMinutes(5));
            eventsPerSecond = EVENTS / ((System.nanoTime() - started) / 1e9);
        }

        String token = TestTokens.integrator("kr");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI base = URI.create("http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < WARM_UP + REQUESTS; i++) {
            bodies.add(EventPublisher.JSON.writeValueAsString(randomDeclaration("KR-SYNC-" + run + "-" + i, run, random)));
        }
        double[] compute = new double[REQUESTS];
        double[] baseline = new double[REQUESTS];
        for (int i = 0; i < WARM_UP + REQUESTS; i++) {
            HttpRequest post = HttpRequest.newBuilder(base.resolve("/api/features/compute"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build();
            HttpRequest schema = HttpRequest.newBuilder(base.resolve("/api/feature-schemas/current"))
                    .header("Authorization", "Bearer " + token).GET().build();
            double computeMillis = timed(http, post);
            double baselineMillis = timed(http, schema);
            if (i >= WARM_UP) {
                compute[i - WARM_UP] = computeMillis;
                baseline[i - WARM_UP] = baselineMillis;
            }
        }
        Arrays.sort(compute);
        Arrays.sort(baseline);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, EventPublisher.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new TreeMap<>(Map.of(
                "service", "feature-service",
                "measuredAt", Instant.now().toString(),
                "processors", Runtime.getRuntime().availableProcessors(),
                "consumer", new TreeMap<>(Map.of("events", EVENTS, "eventsPerSecond", round(eventsPerSecond))),
                "syncCompute", new TreeMap<>(Map.of("requests", REQUESTS, "warmUp", WARM_UP,
                        "p50Millis", round(percentile(compute, 0.50)), "p99Millis", round(percentile(compute, 0.99)))),
                "baselineSchemaRead", new TreeMap<>(Map.of("requests", REQUESTS,
                        "p50Millis", round(percentile(baseline, 0.50)), "p99Millis", round(percentile(baseline, 0.99))))))) + "\n");

        assertThat(compute[0]).isPositive();
    }

    private static double timed(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - started) / 1e6;
        assertThat(response.statusCode()).isEqualTo(200);
        return millis;
    }

    /** A one- or two-item declaration among 50 importers, 20 HS codes and 5 origins of this run. */
    private static DeclarationPayload randomDeclaration(String id, String run, SplittableRandom random) {
        String hs = String.format(Locale.ROOT, "%06d", 100_000 + random.nextInt(20)) + "00";
        String origin = List.of("CN", "VN", "DE", "US", "KR").get(random.nextInt(5));
        LocalDate accepted = LocalDate.of(2032, 1, 1).plusDays(random.nextInt(365));
        return TestDeclarations.declaration(id, accepted, "IMP-" + run + "-" + random.nextInt(50), hs, origin,
                String.valueOf(100 + random.nextInt(10_000)), String.valueOf(1 + random.nextInt(100)));
    }

    private static double percentile(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
