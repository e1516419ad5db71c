package org.customsrisk.e2e;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.testing.LocalPlatform;
import org.customsrisk.common.testing.PackagedService;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole platform for the end-to-end suite: the five packaged services, started once for every test
 * class of the run, on free ports, on databases ({@code <svc>_e2e}, cleaned at start), a virtual host
 * ({@code customs-e2e}) and a bucket of the suite's own, against the local Keycloak. They call each
 * other as in production: scoring and model-service call feature-service, the gateway calls the others.
 */
public final class E2ePlatform implements BeforeAllCallback {

    public static final String VIRTUAL_HOST = "customs-e2e";
    /** The demo realm's secret of the gateway's Keycloak client (infra/keycloak), never a production one. */
    private static final String GATEWAY_CLIENT_SECRET = "customs-gateway-demo-secret";

    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(E2ePlatform.class, key -> start(), Running.class);
    }

    /** The gateway's base URL. */
    public static String gateway() {
        return service("gateway");
    }

    /** A service's base URL, for what only the inside of the platform sees (e.g. feature-service's training sets). */
    public static String service(String name) {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(E2ePlatform.class)");
        }
        return running.services().get(name).url();
    }

    /** Ends a service with SIGKILL. */
    public static void kill(String name) {
        running.services().get(name).kill();
    }

    /** Starts a service again (after a kill, or stopping it first), on its port and database, which it keeps. */
    public static void restart(String name) {
        PackagedService restarted = running.services().get(name).restart(Map.of("QUARKUS_FLYWAY_CLEAN_AT_START", "false"));
        running.services().put(name, restarted);
        restarted.awaitReady(Duration.ofSeconds(240));
    }

    private static Running start() {
        Map<String, String> common = Map.of(
                "KEYCLOAK_URL", LocalPlatform.keycloakUrl(),
                "RABBITMQ_VIRTUAL_HOST", VIRTUAL_HOST,
                "S3_BUCKET", "customs-models-e2e",
                "QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        Map<String, PackagedService> services = new java.util.concurrent.ConcurrentHashMap<>();
        PackagedService feature = PackagedService.start("feature-service", with(common, database("feature")));
        services.put("feature-service", feature);
        services.put("ingestion-service", PackagedService.start("ingestion-service", with(common, database("ingestion"))));
        Map<String, String> callsFeatures = Map.of("QUARKUS_REST_CLIENT_FEATURE_SERVICE_URL", feature.url());
        services.put("model-service", PackagedService.start("model-service",
                with(common, database("model"), callsFeatures)));
        services.put("scoring-service", PackagedService.start("scoring-service",
                with(common, database("scoring"), callsFeatures)));
        services.put("gateway", PackagedService.start("gateway", with(common, database("gateway"), Map.of(
                "SERVICES_INGESTION_URL", services.get("ingestion-service").url(),
                "SERVICES_SCORING_URL", services.get("scoring-service").url(),
                "SERVICES_MODEL_URL", services.get("model-service").url(),
                "GATEWAY_KEYCLOAK_CLIENT_SECRET", GATEWAY_CLIENT_SECRET,
                // The suite reads back every assessment of a quarter through the gateway.
                "GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND", "2000",
                "GATEWAY_RATE_LIMIT_BURST", "4000",
                "GATEWAY_LIMITS_JSON_BODY_SIZE", "8M"))));
        running = new Running(services);
        try {
            services.values().forEach(service -> service.awaitReady(Duration.ofSeconds(240)));
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    private static Map<String, String> database(String service) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + service + "_e2e",
                "QUARKUS_DATASOURCE_USERNAME", service,
                "QUARKUS_DATASOURCE_PASSWORD", service,
                // five services beside a platform that may run on the same PostgreSQL (max_connections 100)
                "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "6");
    }

    @SafeVarargs
    private static Map<String, String> with(Map<String, String>... parts) {
        Map<String, String> environment = new HashMap<>();
        List.of(parts).forEach(environment::putAll);
        return environment;
    }

    private record Running(Map<String, PackagedService> services) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            List<PackagedService> started = new java.util.ArrayList<>(services.values());
            java.util.Collections.reverse(started);
            started.forEach(PackagedService::stop);
        }
    }
}
