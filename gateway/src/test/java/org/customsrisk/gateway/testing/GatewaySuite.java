package org.customsrisk.gateway.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.testing.LocalPlatform;
import org.customsrisk.common.testing.PackagedService;

/**
 * What the gateway's integration tests run against, besides the local Keycloak, PostgreSQL and
 * RabbitMQ: ingestion-service and scoring-service from their packaged jars, on databases and a
 * virtual host of this suite only; model-service down (its calls answer 503); and the gateway's
 * own Keycloak client, made from the demo realm's definition if Keycloak does not have it yet.
 * Declared here once, it applies to every test of the module, which share one packaged gateway.
 */
@QuarkusTestResource(GatewaySuite.class)
public class GatewaySuite implements QuarkusTestResourceLifecycleManager {

    public static final String VIRTUAL_HOST = "customs-gateway-test";

    private List<PackagedService> services = List.of();

    @Override
    public Map<String, String> start() {
        String secret = GatewayKeycloakClient.ensure();
        String down = "http://127.0.0.1:" + PackagedService.freePort();
        Map<String, String> common = Map.of(
                "KEYCLOAK_URL", LocalPlatform.keycloakUrl(),
                "RABBITMQ_VIRTUAL_HOST", VIRTUAL_HOST);
        PackagedService ingestion = PackagedService.start("ingestion-service", with(common,
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/ingestion_gateway_test"));
        PackagedService scoring = PackagedService.start("scoring-service", with(common,
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/scoring_gateway_test",
                "QUARKUS_REST_CLIENT_FEATURE_SERVICE_URL", down));
        services = List.of(ingestion, scoring);
        services.forEach(service -> service.awaitReady(Duration.ofSeconds(150)));
        return Map.of(
                "services.ingestion.url", ingestion.url(),
                "services.scoring.url", scoring.url(),
                "services.model.url", down,
                "gateway.keycloak.client-secret", secret);
    }

    private static Map<String, String> with(Map<String, String> common, String... pairs) {
        Map<String, String> env = new java.util.HashMap<>(common);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Override
    public void stop() {
        services.forEach(PackagedService::stop);
    }
}
