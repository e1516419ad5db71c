package org.customsrisk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The platform started by ./platform up, as the benchmarks reach it: URLs, tokens, HTTP. */
final class Platform {

    static final String HOST = "127.0.0.1";
    static final String KEYCLOAK = "http://" + HOST + ":8180";
    static final String GATEWAY = "http://" + HOST + ":8080";
    static final String INGESTION = "http://" + HOST + ":8081";
    static final String FEATURES = "http://" + HOST + ":8082";
    static final String MODELS = "http://" + HOST + ":8083";
    static final String SCORING = "http://" + HOST + ":8084";
    static final String S3 = "http://" + HOST + ":9000";
    static final String AMQP = "amqp://guest:guest@" + HOST + ":5672";
    static final String JDBC = "jdbc:postgresql://" + HOST + ":5432/";

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpClient http() {
        return http;
    }

    String integratorToken(String tenant) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "client_credentials", "client_id", tenant + "-integrator",
                "client_secret", tenant + "-integrator-demo-secret"));
    }

    /** The integrator's token, fetched again when a minute old (Keycloak's tokens live five). */
    Supplier<String> integratorTokens(String tenant) {
        return new Supplier<>() {
            private String token;
            private long fetchedAt;

            @Override
            public synchronized String get() {
                if (token == null || System.nanoTime() - fetchedAt > 60_000_000_000L) {
                    try {
                        token = integratorToken(tenant);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    fetchedAt = System.nanoTime();
                }
                return token;
            }
        };
    }

    String userToken(String username) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "password", "client_id", "customs-cli", "username", username,
                "password", "customs-demo"));
    }

    private String token(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(KEYCLOAK + "/realms/customs/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): is ./platform up running?");
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    JsonNode getJson(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static HttpRequest postJson(String url, String token, JsonNode body) {
        try {
            return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends again, after the wait the gateway asks for, as long as it answers 429 (rate limited). */
    HttpResponse<String> sendWithinRateLimit(HttpRequest request) throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 429) {
                return response;
            }
            Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
        }
    }

    /**
     * Lifts the tenant's request rate limit at the gateway (50/s by default) for the time of a
     * benchmark, through the platform administrator's API; closing puts the tenant's settings back.
     * A tenant the gateway has no record of (the demo realm's, unless onboarded) has the gateway's
     * default limit, which only the gateway's configuration sets.
     */
    RateLimitLift liftRateLimit(String tenant) throws IOException, InterruptedException {
        String admin = userToken(tenant + "-admin");
        String url = GATEWAY + "/api/v1/tenants/" + tenant;
        HttpResponse<String> record = send(get(url, admin));
        if (record.statusCode() == 404) {
            return new RateLimitLift("tenant " + tenant + " is not onboarded at the gateway, so the gateway's default "
                    + "rate limit applied (GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND and _BURST when ./platform up starts it)",
                    () -> {
                    });
        }
        if (record.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + record.statusCode() + ": " + record.body());
        }
        JsonNode settings = JSON.readTree(record.body()).get("settings");
        putSettings(url, admin, settings, 100_000);
        return new RateLimitLift("the gateway's rate limit of tenant " + tenant + " was lifted for the run",
                () -> putSettings(url, userToken(tenant + "-admin"), settings,
                        settings.hasNonNull("requestsPerSecond") ? settings.get("requestsPerSecond").asInt() : null));
    }

    /** A lifted rate limit: what was done, and how to put it back. */
    record RateLimitLift(String how, Restore restore) implements AutoCloseable {

        interface Restore {
            void run() throws IOException, InterruptedException;
        }

        @Override
        public void close() throws IOException, InterruptedException {
            restore.run();
        }
    }

    private void putSettings(String url, String token, JsonNode settings, Integer requestsPerSecond)
            throws IOException, InterruptedException {
        ObjectNode change = JSON.createObjectNode();
        change.put("fourEyes", settings.path("fourEyes").asBoolean(false));
        change.set("defaultPolicy", settings.get("defaultPolicy"));
        change.put("requestsPerSecond", requestsPerSecond);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + "/settings"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(change))).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the gateway refused the tenant's settings (" + response.statusCode() + "): "
                    + response.body());
        }
    }

    /** A multipart/form-data upload of a file with text fields, streamed from disk. */
    JsonNode upload(String url, String token, Path file, Map<String, String> fields)
            throws IOException, InterruptedException {
        String boundary = "bench-" + UUID.randomUUID();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n"));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"" + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n"));
        parts.add(HttpRequest.BodyPublishers.ofFile(file));
        parts.add(HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("upload to " + url + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("platform")) && Files.isDirectory(dir.resolve("datasets"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run the benchmarks from the repository (bench/run)");
    }
}
