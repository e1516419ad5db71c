package org.customsrisk.model.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Answers model-service's calls to feature-service: feature schema 1 (the KCS features of
 * {@link KcsTrainingSet}) and its training sets, for any tenant, to callers with a bearer token.
 * The real feature-service answers these calls in the end-to-end tests. It is a global test
 * resource, so that every integration test of the module runs against one start of the service.
 */
public class FeatureServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/feature-schemas/", exchange -> {
            if (!authorized(exchange)) {
                return;
            }
            if (!exchange.getRequestURI().getPath().equals("/api/feature-schemas/" + KcsTrainingSet.SCHEMA_VERSION)) {
                respond(exchange, 404, "application/problem+json", "{\"status\":404}", Map.of());
                return;
            }
            StringBuilder features = new StringBuilder();
            for (String name : KcsTrainingSet.FEATURES) {
                features.append(features.isEmpty() ? "" : ",")
                        .append("{\"name\":\"").append(name).append("\",\"description\":\"").append(name).append("\"}");
            }
            respond(exchange, 200, "application/json",
                    "{\"version\":" + KcsTrainingSet.SCHEMA_VERSION + ",\"features\":[" + features + "]}", Map.of());
        });
        server.createContext("/api/training-sets", exchange -> {
            if (!authorized(exchange)) {
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String csv = KcsTrainingSet.csv(LocalDate.parse(query.get("acceptedFrom")),
                    LocalDate.parse(query.get("acceptedTo")));
            respond(exchange, 200, "text/csv", csv,
                    Map.of("X-Feature-Schema-Version", String.valueOf(KcsTrainingSet.SCHEMA_VERSION)));
        });
        server.start();
        return Map.of("quarkus.rest-client.feature-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static boolean authorized(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            respond(exchange, 401, "application/json", "{}", Map.of());
            return false;
        }
        return true;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                query.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body,
            Map<String, String> headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
