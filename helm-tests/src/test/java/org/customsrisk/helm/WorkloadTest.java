package org.customsrisk.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customsrisk.helm.Manifests.SERVICE_PORTS;
import static org.customsrisk.helm.Manifests.container;
import static org.customsrisk.helm.Manifests.elements;
import static org.customsrisk.helm.Manifests.podSpec;
import static org.customsrisk.helm.Manifests.resourceName;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Deployments, Services and ConfigMaps: probes, resources, non-root read-only containers. */
class WorkloadTest {

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyServiceHasADeploymentAndAClusterIpServiceOnItsPort(Chart.Values values) {
        Manifests manifests = values.chart().render();

        assertThat(manifests.ofKind("Deployment")).hasSize(SERVICE_PORTS.size());
        SERVICE_PORTS.forEach((service, port) -> {
            JsonNode containerPort = container(manifests.deploymentOf(service)).path("ports").get(0);
            assertThat(containerPort.path("name").asText()).isEqualTo("http");
            assertThat(containerPort.path("containerPort").asInt()).isEqualTo(port);
            assertThat(manifests.configOf(service).path("QUARKUS_HTTP_PORT").asText()).isEqualTo(port.toString());

            JsonNode spec = manifests.get("Service", resourceName(service)).path("spec");
            assertThat(spec.path("type").asText()).isEqualTo("ClusterIP");
            assertThat(spec.path("ports").get(0).path("port").asInt()).isEqualTo(port);
            assertThat(spec.path("ports").get(0).path("targetPort").asText()).isEqualTo("http");
        });
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyContainerHasTheThreeHealthProbes(Chart.Values values) {
        for (JsonNode deployment : values.chart().render().ofKind("Deployment")) {
            JsonNode container = container(deployment);
            assertThat(probe(container, "startupProbe")).isEqualTo("/q/health/started on http");
            assertThat(probe(container, "livenessProbe")).isEqualTo("/q/health/live on http");
            assertThat(probe(container, "readinessProbe")).isEqualTo("/q/health/ready on http");
        }
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyContainerHasCpuAndMemoryRequestsAndLimits(Chart.Values values) {
        for (JsonNode deployment : values.chart().render().ofKind("Deployment")) {
            JsonNode resources = container(deployment).path("resources");
            for (String bound : new String[] {"requests", "limits"}) {
                assertThat(resources.path(bound).path("cpu").asText()).as("%s %s", Manifests.name(deployment), bound).isNotEmpty();
                assertThat(resources.path(bound).path("memory").asText()).as("%s %s", Manifests.name(deployment), bound).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyContainerRunsAsNonRootOnAReadOnlyFileSystemWithoutCapabilities(Chart.Values values) {
        for (JsonNode deployment : values.chart().render().ofKind("Deployment")) {
            JsonNode pod = podSpec(deployment);
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asInt()).isPositive();
            assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
            assertThat(pod.path("automountServiceAccountToken").isBoolean()).isTrue();
            assertThat(pod.path("automountServiceAccountToken").asBoolean()).isFalse();

            JsonNode container = container(deployment);
            JsonNode security = container.path("securityContext");
            assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
            assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").isBoolean()).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean()).isFalse();
            assertThat(elements(security.path("capabilities").path("drop"))).extracting(JsonNode::asText).containsExactly("ALL");

            JsonNode tmp = elements(container.path("volumeMounts")).stream()
                    .filter(mount -> mount.path("mountPath").asText().equals("/tmp")).findFirst().orElseThrow();
            JsonNode volume = elements(pod.path("volumes")).stream()
                    .filter(candidate -> candidate.path("name").equals(tmp.path("name"))).findFirst().orElseThrow();
            assertThat(volume.has("emptyDir")).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyServiceLogsJsonAndReadsItsConfigMap(Chart.Values values) {
        Manifests manifests = values.chart().render();

        SERVICE_PORTS.keySet().forEach(service -> {
            assertThat(manifests.configOf(service).path("QUARKUS_LOG_CONSOLE_JSON_ENABLED").asText()).isEqualTo("true");
            assertThat(container(manifests.deploymentOf(service)).path("envFrom").get(0).path("configMapRef").path("name").asText())
                    .isEqualTo(resourceName(service));
        });
    }

    @Test
    void jsonLoggingCanBeTurnedOff() {
        Manifests manifests = Chart.withDefaultValues().set("jsonLogging", false).render();

        assertThat(manifests.configOf("gateway").path("QUARKUS_LOG_CONSOLE_JSON_ENABLED").asText()).isEqualTo("false");
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyServiceHasADatabaseOfItsOwn(Chart.Values values) {
        Manifests manifests = values.chart().render();

        Map<String, String> jdbcUrls = SERVICE_PORTS.keySet().stream()
                .filter(service -> manifests.configOf(service).has("QUARKUS_DATASOURCE_JDBC_URL"))
                .collect(Collectors.toMap(service -> service,
                        service -> manifests.configOf(service).path("QUARKUS_DATASOURCE_JDBC_URL").asText()));

        assertThat(jdbcUrls).containsOnlyKeys("gateway", "ingestion-service", "feature-service", "model-service", "scoring-service");
        assertThat(jdbcUrls.get("gateway")).startsWith("jdbc:postgresql://").contains("/gateway");
        assertThat(jdbcUrls.get("ingestion-service")).startsWith("jdbc:postgresql://").contains("/ingestion");
        assertThat(jdbcUrls.get("scoring-service")).contains("/scoring");
        assertThat(jdbcUrls.values()).doesNotHaveDuplicates();
    }

    @Test
    void productionValuesAddTheirQueryParametersToTheJdbcUrl() {
        Manifests manifests = Chart.Values.PRODUCTION.chart().render();

        assertThat(manifests.configOf("feature-service").path("QUARKUS_DATASOURCE_JDBC_URL").asText())
                .isEqualTo("jdbc:postgresql://customs-postgresql-rw.databases.svc:5432/feature?sslmode=require");
    }

    @Test
    void imagesAreTheOnesQuarkusBuildsTaggedWithTheChartsAppVersionUnlessATagIsGiven() {
        assertThat(container(Chart.withDefaultValues().render().deploymentOf("scoring-service")).path("image").asText())
                .isEqualTo("customs-risk/scoring-service:0.1.0-SNAPSHOT");
        assertThat(container(Chart.Values.PRODUCTION.chart().render().deploymentOf("scoring-service")).path("image").asText())
                .isEqualTo("registry.customs.example.org/customs-risk/scoring-service:0.1.0");
    }

    @Test
    void aChangedSettingRollsThePodsOfTheServicesItConcerns() {
        Manifests before = Chart.withDefaultValues().render();
        Manifests after = Chart.withDefaultValues().set("s3.endpoint", "https://s3.customs.example.org").render();

        assertThat(checksum(after, "scoring-service")).isNotEqualTo(checksum(before, "scoring-service"));
        assertThat(checksum(after, "model-service")).isNotEqualTo(checksum(before, "model-service"));
        assertThat(checksum(after, "gateway")).isEqualTo(checksum(before, "gateway"));
        assertThat(checksum(after, "ingestion-service")).isEqualTo(checksum(before, "ingestion-service"));
    }

    private static String checksum(Manifests manifests, String service) {
        return manifests.deploymentOf(service).path("spec").path("template").path("metadata").path("annotations")
                .path("checksum/config").asText();
    }

    private static String probe(JsonNode container, String kind) {
        JsonNode httpGet = container.path(kind).path("httpGet");
        return httpGet.path("path").asText() + " on " + httpGet.path("port").asText();
    }
}
