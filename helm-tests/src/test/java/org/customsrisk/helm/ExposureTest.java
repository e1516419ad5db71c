package org.customsrisk.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.customsrisk.helm.Manifests.INSTANCE_LABEL;
import static org.customsrisk.helm.Manifests.NAME_LABEL;
import static org.customsrisk.helm.Manifests.SERVICE_PORTS;
import static org.customsrisk.helm.Manifests.elements;
import static org.customsrisk.helm.Manifests.podLabels;
import static org.customsrisk.helm.Manifests.resourceName;
import static org.customsrisk.helm.Manifests.selects;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** What reaches what: the Ingress, and the NetworkPolicies of every service. */
class ExposureTest {

    /** Who calls whom, by the architecture; anything else must not reach a service. */
    private static final Map<String, Set<String>> CALLERS = Map.of(
            "ingestion-service", Set.of("gateway"),
            "feature-service", Set.of("model-service", "scoring-service"),
            "model-service", Set.of("gateway"),
            "scoring-service", Set.of("gateway"));

    private static final JsonNode PROMETHEUS = Chart.YAML.valueToTree(
            List.of(Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "monitoring")))));

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void onlyTheGatewayHasAnIngressAndItIsServedOverTls(Chart.Values values) {
        Manifests manifests = values.chart().render();

        assertThat(manifests.ofKind("Ingress")).hasSize(1);
        JsonNode spec = manifests.ofKind("Ingress").get(0).path("spec");
        List<JsonNode> rules = elements(spec.path("rules"));
        assertThat(rules).isNotEmpty();
        assertThat(rules).flatExtracting(rule -> elements(rule.path("http").path("paths")))
                .extracting(path -> path.path("backend").path("service").path("name").asText())
                .containsOnly(resourceName("gateway"));

        Set<String> tlsHosts = elements(spec.path("tls")).stream()
                .filter(tls -> !tls.path("secretName").asText().isEmpty())
                .flatMap(tls -> elements(tls.path("hosts")).stream()).map(JsonNode::asText).collect(Collectors.toSet());
        assertThat(tlsHosts).containsAll(rules.stream().map(rule -> rule.path("host").asText()).toList());
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void theHealthAndMetricsEndpointsAreNotPublished(Chart.Values values) {
        JsonNode ingress = values.chart().render().ofKind("Ingress").get(0);

        assertThat(elements(ingress.path("spec").path("rules").get(0).path("http").path("paths")))
                .extracting(path -> path.path("path").asText())
                .contains("/api")
                .noneMatch(path -> "/".equals(path) || "/q".equals(path) || path.startsWith("/q/health") || path.startsWith("/q/metrics"));
    }

    @Test
    void theChartRefusesToServeTheGatewayWithoutTls() {
        Chart chart = Chart.withDefaultValues().set("ingress.tls.secretName", "");

        assertThatThrownBy(chart::render).hasMessageContaining("ingress.tls.secretName is required");
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void noServiceIsExposedOutsideTheClusterExceptThroughTheIngress(Chart.Values values) {
        assertThat(values.chart().render().ofKind("Service"))
                .extracting(service -> service.path("spec").path("type").asText())
                .containsOnly("ClusterIP");
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyDeploymentIsIsolatedByANetworkPolicyForIngressAndEgress(Chart.Values values) {
        Manifests manifests = values.chart().render();

        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            List<JsonNode> policies = policiesSelecting(manifests, deployment);
            assertThat(policies).as(Manifests.name(deployment)).isNotEmpty();
            assertThat(policies).flatExtracting(policy -> elements(policy.path("spec").path("policyTypes")))
                    .extracting(JsonNode::asText).contains("Ingress", "Egress");
        }
    }

    @Test
    void theGatewayAcceptsOnlyTheIngressController() {
        Manifests manifests = Chart.withDefaultValues().render();

        List<JsonNode> rules = ingressRules(manifests, "gateway");
        assertThat(rules).hasSize(1);
        JsonNode peer = rules.get(0).path("from").get(0);
        assertThat(rules.get(0).path("from")).hasSize(1);
        assertThat(peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText()).isEqualTo("ingress-nginx");
        assertThat(peer.path("podSelector").path("matchLabels").path(NAME_LABEL).asText()).isEqualTo("ingress-nginx");
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void servicesBehindTheGatewayAcceptOnlyTheirCallersInThisReleaseAndPrometheus(Chart.Values values) {
        Manifests manifests = values.chart().render();

        CALLERS.forEach((service, callers) -> {
            List<JsonNode> rules = ingressRules(manifests, service);
            assertThat(rules).as(service).isNotEmpty().allSatisfy(rule -> {
                assertThat(rule.path("from")).as("a rule without peers admits everyone").isNotEmpty();
                assertThat(elements(rule.path("ports"))).extracting(port -> port.path("port").asText()).containsOnly("http");
            });
            List<JsonNode> peers = rules.stream().filter(rule -> !rule.path("from").equals(PROMETHEUS))
                    .flatMap(rule -> elements(rule.path("from")).stream())
                    .toList();
            assertThat(peers).as(service).allSatisfy(peer -> {
                assertThat(peer.fieldNames()).toIterable().as("%s admits %s", service, peer).containsExactly("podSelector");
                assertThat(peer.path("podSelector").path("matchLabels").path(INSTANCE_LABEL).asText()).isEqualTo(Chart.RELEASE);
            });
            assertThat(peers).extracting(peer -> peer.path("podSelector").path("matchLabels").path(NAME_LABEL).asText())
                    .as(service).containsExactlyInAnyOrderElementsOf(callers);
        });
    }

    @Test
    void prometheusIsAdmittedOnlyWhenTheServiceMonitorIsOn() {
        assertThat(ingressRules(Chart.withDefaultValues().render(), "scoring-service"))
                .noneMatch(rule -> rule.path("from").equals(PROMETHEUS));
        assertThat(ingressRules(Chart.withDefaultValues().set("metrics.serviceMonitor.enabled", true).render(), "scoring-service"))
                .anyMatch(rule -> rule.path("from").equals(PROMETHEUS));
    }

    @Test
    void aServiceNobodyCallsAcceptsNoTrafficRatherThanAllTraffic() {
        Manifests manifests = Chart.withDefaultValues().values(Chart.testValues("gateway-without-model-service.yaml")).render();

        assertThat(manifests.configOf("gateway").has("SERVICES_MODEL_URL")).isFalse();

        assertThat(ingressRules(manifests, "model-service")).isEmpty();
        assertThat(manifests.get("NetworkPolicy", resourceName("model-service")).path("spec").path("policyTypes"))
                .extracting(JsonNode::asText).contains("Ingress");
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void egressGoesOnlyToDnsKeycloakTheComponentsEachServiceUsesAndTheServicesItCalls(Chart.Values values) {
        Manifests manifests = values.chart().render();
        int keycloak = 443;
        int s3 = values == Chart.Values.DEFAULT ? 9000 : 443;

        int webhooks = 443;
        assertThat(egressPorts(manifests, "gateway"))
                .containsExactlyInAnyOrder(53, 53, keycloak, 5432, 5672, webhooks, 8081, 8083, 8084);
        assertThat(egressPorts(manifests, "ingestion-service")).containsExactlyInAnyOrder(53, 53, keycloak, 5432, 5672);
        assertThat(egressPorts(manifests, "feature-service")).containsExactlyInAnyOrder(53, 53, keycloak, 5432, 5672);
        assertThat(egressPorts(manifests, "model-service")).containsExactlyInAnyOrder(53, 53, keycloak, 5432, 5672, s3, 8082);
        assertThat(egressPorts(manifests, "scoring-service")).containsExactlyInAnyOrder(53, 53, keycloak, 5432, 5672, s3, 8082);
    }

    @Test
    void egressToAnotherServiceIsToThatServicesPodsOnly() {
        JsonNode toFeatures = elements(egress(Chart.withDefaultValues().render(), "scoring-service")).stream()
                .filter(rule -> rule.path("ports").get(0).path("port").asInt() == SERVICE_PORTS.get("feature-service"))
                .findFirst().orElseThrow();

        assertThat(toFeatures.path("to")).hasSize(1);
        assertThat(toFeatures.path("to").get(0).path("podSelector").path("matchLabels").path(NAME_LABEL).asText())
                .isEqualTo("feature-service");
    }

    @Test
    void theProductionValuesNarrowEgressToTheComponentsNamespaces() {
        JsonNode rules = egress(Chart.Values.PRODUCTION.chart().render(), "ingestion-service");

        JsonNode toPostgresql = elements(rules).stream()
                .filter(rule -> rule.path("ports").get(0).path("port").asInt() == 5432).findFirst().orElseThrow();
        assertThat(toPostgresql.path("to").get(0).path("namespaceSelector").path("matchLabels")
                .path("kubernetes.io/metadata.name").asText()).isEqualTo("databases");
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void scoringAndModelServiceReachFeatureServiceAndItAdmitsThem(Chart.Values values) {
        Manifests manifests = values.chart().render();
        JsonNode featurePods = podLabels(manifests.deploymentOf("feature-service"));

        for (String caller : List.of("scoring-service", "model-service")) {
            JsonNode callerPods = podLabels(manifests.deploymentOf(caller));
            assertThat(ingressRules(manifests, "feature-service")).as("feature-service admits %s", caller)
                    .anySatisfy(rule -> assertThat(elements(rule.path("from")))
                            .anyMatch(peer -> selects(peer.path("podSelector").path("matchLabels"), callerPods)));
            assertThat(elements(egress(manifests, caller))).as("%s may connect to feature-service", caller)
                    .anySatisfy(rule -> {
                        assertThat(rule.path("ports").get(0).path("port").asInt()).isEqualTo(SERVICE_PORTS.get("feature-service"));
                        assertThat(elements(rule.path("to")))
                                .anyMatch(peer -> selects(peer.path("podSelector").path("matchLabels"), featurePods));
                    });
        }
        assertThat(ingressRules(manifests, "feature-service")).flatExtracting(rule -> elements(rule.path("from")))
                .noneMatch(peer -> selects(peer.path("podSelector").path("matchLabels"), podLabels(manifests.deploymentOf("gateway"))));
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void onlyTheGatewayReachesTheInternetOnHttpsOnlyAndNeverPrivateAddresses(Chart.Values values) {
        Manifests manifests = values.chart().render();

        for (String service : SERVICE_PORTS.keySet()) {
            List<JsonNode> toTheInternet = elements(egress(manifests, service)).stream()
                    .filter(rule -> elements(rule.path("to")).stream()
                            .anyMatch(peer -> "0.0.0.0/0".equals(peer.path("ipBlock").path("cidr").asText())))
                    .toList();
            if (!service.equals("gateway")) {
                assertThat(toTheInternet).as(service).isEmpty();
                continue;
            }
            assertThat(toTheInternet).hasSize(1);
            assertThat(elements(toTheInternet.get(0).path("ports"))).extracting(port -> port.path("port").asInt()).containsExactly(443);
            assertThat(elements(toTheInternet.get(0).path("to").get(0).path("ipBlock").path("except")))
                    .extracting(JsonNode::asText).contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16");
        }
    }

    private static List<Integer> egressPorts(Manifests manifests, String service) {
        return elements(egress(manifests, service)).stream()
                .flatMap(rule -> elements(rule.path("ports")).stream())
                .map(port -> port.path("port").asInt())
                .toList();
    }

    private static JsonNode egress(Manifests manifests, String service) {
        List<JsonNode> policies = policiesSelecting(manifests, manifests.deploymentOf(service));
        assertThat(policies).hasSize(1);
        return policies.get(0).path("spec").path("egress");
    }

    private static List<JsonNode> ingressRules(Manifests manifests, String service) {
        return policiesSelecting(manifests, manifests.deploymentOf(service)).stream()
                .flatMap(policy -> elements(policy.path("spec").path("ingress")).stream())
                .toList();
    }

    /** NetworkPolicies add up: every one whose podSelector selects the Deployment's pods counts. */
    private static List<JsonNode> policiesSelecting(Manifests manifests, JsonNode deployment) {
        return manifests.ofKind("NetworkPolicy").stream()
                .filter(policy -> selects(policy.path("spec").path("podSelector").path("matchLabels"), podLabels(deployment)))
                .toList();
    }
}
