package org.customsrisk.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customsrisk.helm.Manifests.elements;
import static org.customsrisk.helm.Manifests.resourceName;
import static org.customsrisk.helm.Manifests.selects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The optional custom resources: operators of the stateful components, and the ServiceMonitor. */
class OperatorsTest {

    private static final List<String> OPTIONAL_KINDS = List.of(
            "RabbitmqCluster", "Cluster", "Database", "Tenant", "Keycloak", "KeycloakRealmImport", "ServiceMonitor");

    @Test
    void everyOptionalResourceIsOffByDefault() {
        Manifests manifests = Chart.withDefaultValues().render();

        OPTIONAL_KINDS.forEach(kind -> assertThat(manifests.ofKind(kind)).as(kind).isEmpty());
    }

    @Test
    void withTheRabbitmqOperatorTheServicesUseItsClusterAndItsGeneratedUser() {
        Manifests manifests = Chart.withDefaultValues().set("operators.rabbitmq.enabled", true).render();

        assertThat(manifests.get("RabbitmqCluster", "customs-rabbitmq").path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(manifests.configOf("ingestion-service").path("RABBITMQ_HOST").asText()).isEqualTo("customs-rabbitmq");
        assertThat(SecretsTest.secretReferences(manifests, "scoring-service"))
                .containsEntry("RABBITMQ_USERNAME", "customs-rabbitmq-default-user/username")
                .containsEntry("RABBITMQ_PASSWORD", "customs-rabbitmq-default-user/password");
    }

    @Test
    void withCloudNativePgEachServiceGetsItsRoleWithTheServicesPasswordAndItsDatabase() {
        Manifests manifests = Chart.withDefaultValues().set("operators.cloudnativepg.enabled", true).render();

        JsonNode roles = manifests.get("Cluster", "customs-postgresql").path("spec").path("managed").path("roles");
        assertThat(elements(roles).stream().collect(Collectors.toMap(
                role -> role.path("name").asText(), role -> role.path("passwordSecret").path("name").asText())))
                .isEqualTo(Map.of(
                        "gateway", "customs-gateway-db",
                        "ingestion", "customs-ingestion-db",
                        "feature", "customs-feature-db",
                        "model", "customs-model-db",
                        "scoring", "customs-scoring-db"));
        assertThat(manifests.ofKind("Database")).hasSize(5).allSatisfy(database -> {
            assertThat(database.path("spec").path("owner")).isEqualTo(database.path("spec").path("name"));
            assertThat(database.path("spec").path("cluster").path("name").asText()).isEqualTo("customs-postgresql");
        });
        assertThat(manifests.configOf("model-service").path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                .isEqualTo("jdbc:postgresql://customs-postgresql-rw:5432/model");
    }

    @Test
    void withTheMinioOperatorTheServicesUseTheTenantsS3ApiOverTls() {
        Manifests manifests = Chart.withDefaultValues().set("operators.minio.enabled", true).render();

        JsonNode tenant = manifests.get("Tenant", "customs-minio").path("spec");
        assertThat(tenant.path("configuration").path("name").asText()).isEqualTo("customs-minio-env");
        assertThat(elements(tenant.path("buckets"))).extracting(bucket -> bucket.path("name").asText()).containsExactly("customs-models");
        assertThat(manifests.configOf("model-service").path("S3_ENDPOINT").asText()).isEqualTo("https://minio.customs-risk.svc");
        assertThat(manifests.get("NetworkPolicy", resourceName("model-service")).path("spec").path("egress"))
                .anyMatch(rule -> rule.path("ports").get(0).path("port").asInt() == 443);
    }

    @Test
    void theKeycloakOperatorGetsItsDatabaseCredentialsFromASecretAndNoRealmUnlessOneIsGiven() {
        Manifests manifests = Chart.withDefaultValues().set("operators.keycloak.enabled", true).render();

        JsonNode database = manifests.get("Keycloak", "customs-keycloak").path("spec").path("db");
        assertThat(database.path("usernameSecret").path("name").asText()).isEqualTo("customs-keycloak-db");
        assertThat(database.path("passwordSecret").path("key").asText()).isEqualTo("password");
        assertThat(manifests.ofKind("KeycloakRealmImport")).isEmpty();
    }

    @Test
    void aRealmGivenAtInstallTimeIsImportedWithItsSecretsAsPlaceholders() {
        JsonNode realmImport = Chart.withEveryOptionOn().render().get("KeycloakRealmImport", "customs-keycloak-customs").path("spec");

        assertThat(realmImport.path("keycloakCRName").asText()).isEqualTo("customs-keycloak");
        assertThat(realmImport.path("realm").path("clients").get(0).path("secret").asText()).isEqualTo("${KR_INTEGRATOR_SECRET}");
        assertThat(realmImport.path("placeholders").path("KR_INTEGRATOR_SECRET").path("secret").path("name").asText())
                .isEqualTo("customs-kr-integrator");
    }

    @Test
    void neitherTheChartNorWhatItRendersHoldsASecretOfTheDemoRealm() throws IOException {
        Set<String> demoSecrets = demoRealmSecrets();
        String rendered = Chart.withEveryOptionOn().render().objects().toString();

        assertThat(demoSecrets).isNotEmpty();
        try (Stream<Path> files = Files.walk(Chart.DIRECTORY)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertThat(demoSecrets).as("%s", file).noneMatch(text::contains);
            }
        }
        assertThat(demoSecrets).noneMatch(rendered::contains);
    }

    @Test
    void theServiceMonitorScrapesTheMetricsOfEveryServiceOfTheRelease() {
        Manifests manifests = Chart.withDefaultValues()
                .set("metrics.serviceMonitor.enabled", true)
                .set("metrics.serviceMonitor.labels.release", "kube-prometheus-stack")
                .render();

        JsonNode monitor = manifests.ofKind("ServiceMonitor").get(0);
        assertThat(manifests.ofKind("ServiceMonitor")).hasSize(1);
        assertThat(monitor.path("metadata").path("labels").path("release").asText()).isEqualTo("kube-prometheus-stack");
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertThat(endpoint.path("port").asText()).isEqualTo("http");
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        assertThat(manifests.ofKind("Service")).hasSize(5)
                .allMatch(service -> selects(monitor.path("spec").path("selector").path("matchLabels"), service.path("metadata").path("labels")));
    }

    /** The client secrets and user passwords of infra/keycloak/customs-realm.json. */
    private static Set<String> demoRealmSecrets() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Path.of(System.getProperty("demo-realm.file")).toFile());
        Stream<String> clientSecrets = realm.findValues("secret").stream().map(JsonNode::asText);
        Stream<String> passwords = realm.findValues("credentials").stream()
                .flatMap(credentials -> elements(credentials).stream())
                .map(credential -> credential.path("value").asText());
        return Stream.concat(clientSecrets, passwords).filter(secret -> !secret.isEmpty()).collect(Collectors.toSet());
    }
}
