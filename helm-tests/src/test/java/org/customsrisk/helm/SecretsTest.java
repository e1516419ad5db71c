package org.customsrisk.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customsrisk.helm.Manifests.container;
import static org.customsrisk.helm.Manifests.elements;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The chart references Secrets and never holds a credential. */
class SecretsTest {

    private static final Pattern LOCAL_CREDENTIAL = Pattern.compile("password$|secret-key$|client-secret$");
    private static final Pattern CREDENTIAL = Pattern.compile("PASSWORD|USERNAME|SECRET|ACCESS_KEY|TOKEN");

    @Test
    void noSecretIsRenderedEvenWithEveryOptionOn() {
        Manifests manifests = Chart.withEveryOptionOn().render();

        assertThat(manifests.objects()).hasSizeGreaterThan(Chart.withDefaultValues().render().objects().size());
        assertThat(manifests.ofKind("Secret")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void everyCredentialInTheEnvironmentComesFromASecret(Chart.Values values) {
        for (JsonNode deployment : values.chart().render().ofKind("Deployment")) {
            for (JsonNode variable : elements(container(deployment).path("env"))) {
                assertThat(variable.has("value")).as("%s has a literal %s", Manifests.name(deployment), variable).isFalse();
                JsonNode reference = variable.path("valueFrom").path("secretKeyRef");
                assertThat(reference.path("name").asText()).as("%s", variable).isNotEmpty();
                assertThat(reference.path("key").asText()).as("%s", variable).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void noConfigMapHoldsACredential(Chart.Values values) {
        assertThat(values.chart().render().ofKind("ConfigMap"))
                .flatExtracting(config -> config.path("data").properties().stream().map(Map.Entry::getKey).toList())
                .isNotEmpty()
                .noneMatch(key -> CREDENTIAL.matcher(key).find());
    }

    @Test
    void eachServiceReadsTheCredentialsOfWhatItUsesFromTheSecretsNamedInTheValues() {
        Manifests manifests = Chart.withDefaultValues()
                .set("services.scoring-service.database.existingSecret", "scoring-role")
                .render();

        assertThat(secretReferences(manifests, "gateway")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "QUARKUS_DATASOURCE_USERNAME", "customs-gateway-db/username",
                "QUARKUS_DATASOURCE_PASSWORD", "customs-gateway-db/password",
                "RABBITMQ_USERNAME", "customs-rabbitmq/username",
                "RABBITMQ_PASSWORD", "customs-rabbitmq/password",
                "GATEWAY_KEYCLOAK_CLIENT_SECRET", "customs-gateway-keycloak/clientSecret"));
        assertThat(secretReferences(manifests, "ingestion-service")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "QUARKUS_DATASOURCE_USERNAME", "customs-ingestion-db/username",
                "QUARKUS_DATASOURCE_PASSWORD", "customs-ingestion-db/password",
                "RABBITMQ_USERNAME", "customs-rabbitmq/username",
                "RABBITMQ_PASSWORD", "customs-rabbitmq/password"));
        assertThat(secretReferences(manifests, "scoring-service")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "QUARKUS_DATASOURCE_USERNAME", "scoring-role/username",
                "QUARKUS_DATASOURCE_PASSWORD", "scoring-role/password",
                "RABBITMQ_USERNAME", "customs-rabbitmq/username",
                "RABBITMQ_PASSWORD", "customs-rabbitmq/password",
                "S3_ACCESS_KEY", "customs-s3/accessKey",
                "S3_SECRET_KEY", "customs-s3/secretKey"));
    }

    @ParameterizedTest
    @EnumSource(Chart.Values.class)
    void noRenderedObjectHoldsAPasswordOrKeyOfTheLocalPlatform(Chart.Values values) throws Exception {
        String rendered = Chart.YAML.writeValueAsString(values.chart().render().objects());
        List<String> localCredentials = Manifests.SERVICE_PORTS.keySet().stream()
                .map(InStepWithTheServicesTest::applicationProperties)
                .flatMap(properties -> properties.stringPropertyNames().stream()
                        .filter(key -> LOCAL_CREDENTIAL.matcher(key).find())
                        .map(properties::getProperty)
                        // locally a role's password is its name, which is also its database's name
                        .filter(value -> !isUserName(properties, value)))
                .filter(value -> !value.isBlank() && !value.startsWith("${"))
                .distinct()
                .toList();

        assertThat(localCredentials).as("the local credentials of the services' %test profiles").contains("customs-local-secret");
        assertThat(localCredentials).allSatisfy(credential ->
                assertThat(rendered).as("a rendered object holds '%s'", credential).doesNotContainPattern("[\\s:\"']" + Pattern.quote(credential) + "[\\s\"',]"));
    }

    private static boolean isUserName(Properties properties, String value) {
        return properties.stringPropertyNames().stream().anyMatch(key -> key.endsWith("username") && value.equals(properties.getProperty(key)));
    }

    /** Environment variable to "secret/key". */
    static Map<String, String> secretReferences(Manifests manifests, String service) {
        return elements(container(manifests.deploymentOf(service)).path("env")).stream().collect(Collectors.toMap(
                variable -> variable.path("name").asText(),
                variable -> {
                    JsonNode reference = variable.path("valueFrom").path("secretKeyRef");
                    return reference.path("name").asText() + "/" + reference.path("key").asText();
                }));
    }
}
