package org.customsrisk.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customsrisk.helm.Manifests.SERVICE_PORTS;
import static org.customsrisk.helm.Manifests.container;
import static org.customsrisk.helm.Manifests.elements;
import static org.customsrisk.helm.Manifests.podLabels;
import static org.customsrisk.helm.Manifests.selects;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The chart follows the services: what each service's application.properties uses (a database,
 * RabbitMQ, S3, REST clients of other services, secrets taken from the environment) is what the
 * chart gives its Deployment, so a service that gains a dependency fails here until the chart has
 * it. And every REST client's URL names a Service of the release that both NetworkPolicies let
 * the call through to.
 */
class InStepWithTheServicesTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root")).toAbsolutePath().normalize();
    private static final Pattern REST_CLIENT_URL = Pattern.compile("quarkus\\.rest-client\\.([\\w-]+)\\.url");
    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{([^:}]+)");
    private static final Pattern ENVIRONMENT_SECRET = Pattern.compile("\\$\\{([^:}]*secret[^:}]*):?}");
    private static final Pattern URL_VARIABLE = Pattern.compile("SERVICES_\\w+_URL|QUARKUS_REST_CLIENT_\\w+_URL");

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void eachServiceGetsWhatItsApplicationPropertiesUse(Chart.Values values) {
        Manifests manifests = values.chart().render();
        List<String> missing = new ArrayList<>();

        SERVICE_PORTS.keySet().forEach(service -> {
            Properties properties = applicationProperties(service);
            JsonNode config = manifests.configOf(service);
            Map<String, String> secrets = SecretsTest.secretReferences(manifests, service);
            List<String> needed = new ArrayList<>();
            List<String> neededSecrets = new ArrayList<>();
            if (properties.containsKey("quarkus.datasource.db-kind")) {
                needed.add("QUARKUS_DATASOURCE_JDBC_URL");
                neededSecrets.addAll(List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"));
            }
            if (properties.containsKey("rabbitmq-host")) {
                needed.addAll(List.of("RABBITMQ_HOST", "RABBITMQ_PORT"));
                neededSecrets.addAll(List.of("RABBITMQ_USERNAME", "RABBITMQ_PASSWORD"));
            }
            if (properties.stringPropertyNames().stream().anyMatch(key -> key.endsWith("s3.endpoint"))) {
                needed.addAll(List.of("S3_ENDPOINT", "S3_BUCKET"));
                neededSecrets.addAll(List.of("S3_ACCESS_KEY", "S3_SECRET_KEY"));
            }
            for (String key : properties.stringPropertyNames()) {
                Matcher client = REST_CLIENT_URL.matcher(key);
                if (client.matches()) {
                    Matcher expression = EXPRESSION.matcher(properties.getProperty(key));
                    needed.add(expression.find() ? environmentVariable(expression.group(1)) : environmentVariable(key));
                }
                Matcher secret = ENVIRONMENT_SECRET.matcher(properties.getProperty(key));
                if (secret.find()) {
                    neededSecrets.add(environmentVariable(secret.group(1)));
                }
            }
            needed.stream().filter(variable -> !config.has(variable))
                    .forEach(variable -> missing.add(service + ": " + variable + " in its ConfigMap"));
            neededSecrets.stream().filter(variable -> !secrets.containsKey(variable))
                    .forEach(variable -> missing.add(service + ": " + variable + " from a Secret"));
        });

        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyRestClientUrlNamesAServiceOfTheReleaseThatTheNetworkPoliciesLetTheCallThrough(Chart.Values values) {
        Manifests manifests = values.chart().render();
        Map<String, String> urls = new TreeMap<>();

        SERVICE_PORTS.keySet().forEach(caller -> manifests.configOf(caller).properties().stream()
                .filter(entry -> URL_VARIABLE.matcher(entry.getKey()).matches())
                .forEach(entry -> urls.put(caller + " " + entry.getKey(), entry.getValue().asText())));

        assertThat(urls).containsOnlyKeys("gateway SERVICES_INGESTION_URL", "gateway SERVICES_MODEL_URL", "gateway SERVICES_SCORING_URL",
                "model-service QUARKUS_REST_CLIENT_FEATURE_SERVICE_URL", "scoring-service QUARKUS_REST_CLIENT_FEATURE_SERVICE_URL");
        urls.forEach((client, url) -> {
            String caller = client.substring(0, client.indexOf(' '));
            URI uri = URI.create(url);
            assertThat(uri.getScheme()).as(client).isEqualTo("http");
            JsonNode service = manifests.get("Service", uri.getHost());
            assertThat(elements(service.path("spec").path("ports"))).as(client)
                    .anyMatch(port -> port.path("port").asInt() == uri.getPort());
            JsonNode callee = manifests.ofKind("Deployment").stream()
                    .filter(deployment -> selects(service.path("spec").path("selector"), podLabels(deployment)))
                    .findFirst().orElseThrow(() -> new AssertionError(client + ": Service " + uri.getHost() + " selects no Deployment"));
            int containerPort = container(callee).path("ports").get(0).path("containerPort").asInt();
            JsonNode callerPods = podLabels(manifests.deploymentOf(caller));

            assertThat(policiesOf(manifests, callee)).flatExtracting(policy -> elements(policy.path("spec").path("ingress")))
                    .as("%s: %s admits %s", client, Manifests.name(callee), caller)
                    .anyMatch(rule -> elements(rule.path("from")).stream()
                            .anyMatch(peer -> selects(peer.path("podSelector").path("matchLabels"), callerPods)));
            assertThat(policiesOf(manifests, manifests.deploymentOf(caller)))
                    .flatExtracting(policy -> elements(policy.path("spec").path("egress")))
                    .as("%s: %s may connect to %s on %d", client, caller, Manifests.name(callee), containerPort)
                    .anyMatch(rule -> elements(rule.path("ports")).stream().anyMatch(port -> port.path("port").asInt() == containerPort)
                            && elements(rule.path("to")).stream()
                                    .anyMatch(peer -> selects(peer.path("podSelector").path("matchLabels"), podLabels(callee))));
        });
    }

    private static List<JsonNode> policiesOf(Manifests manifests, JsonNode deployment) {
        return manifests.ofKind("NetworkPolicy").stream()
                .filter(policy -> selects(policy.path("spec").path("podSelector").path("matchLabels"), podLabels(deployment)))
                .toList();
    }

    /** MicroProfile Config's mapping of a property name to the environment: upper case, _ for anything else. */
    static String environmentVariable(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static Properties applicationProperties(String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
