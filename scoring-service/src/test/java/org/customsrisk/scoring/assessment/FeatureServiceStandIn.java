package org.customsrisk.scoring.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import org.customsrisk.common.testing.EventPublisher;

/**
 * Answers scoring's calls to feature-service's synchronous computation the way feature-service does,
 * and misbehaves on demand: a declaration id starting with SLOW is answered after two seconds, one
 * starting with DOWN with a 503. The real feature-service answers these calls in the end-to-end tests;
 * here the deadline and the failures need a peer that can be slow or down at will. It is a global test
 * resource, so that every integration test of the module runs against one start of the service.
 */
public class FeatureServiceStandIn implements QuarkusTestResourceLifecycleManager {

    /** The vector every declaration gets: a bad importer record and a low unit value. */
    static final float[] VECTOR = { -0.9f, 0.95f, 1f, 8f, 12f };

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/features/compute", exchange -> {
            JsonNode declaration = EventPublisher.JSON.readTree(exchange.getRequestBody());
            String id = declaration.path("declarationId").asText();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                respond(exchange, 401, "{}");
                return;
            }
            if (id.startsWith("DOWN")) {
                respond(exchange, 503, "{}");
                return;
            }
            if (id.startsWith("SLOW")) {
                sleep();
            }
            StringBuilder values = new StringBuilder();
            for (float value : VECTOR) {
                values.append(values.isEmpty() ? "" : ",").append(value);
            }
            respond(exchange, 200, """
                    {"declarationId":"%s","schemaVersion":1,"items":[{"itemNumber":1,"values":[%s]}]}"""
                    .formatted(id, values));
        });
        server.start();
        return Map.of("quarkus.rest-client.feature-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
