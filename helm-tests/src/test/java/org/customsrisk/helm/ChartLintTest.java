package org.customsrisk.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;

/**
 * helm lint --strict. helm-java's lint takes no values file, so the production values are linted
 * on a copy of the chart whose values.yaml is the defaults with values-production.yaml merged in,
 * the way Helm merges them.
 */
class ChartLintTest {

    @TempDir
    Path copies;

    @Test
    void theChartWithItsDefaultValuesPassesStrictLint() {
        LintResult lint = new Helm(Chart.DIRECTORY).lint().strict().call();

        assertThat(lint.isFailed()).as("%s", lint.getMessages()).isFalse();
        assertThat(lint.getMessages()).noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @Test
    void theChartWithTheProductionValuesPassesStrictLint() throws IOException {
        LintResult lint = lintWithValues(Chart.YAML.readTree(Chart.PRODUCTION_VALUES.toFile()));

        assertThat(lint.isFailed()).as("%s", lint.getMessages()).isFalse();
        assertThat(lint.getMessages()).noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @Test
    void strictLintSeesTheMergedValuesAndFailsOnAnInvalidObjectName() throws IOException {
        LintResult lint = lintWithValues(Chart.YAML.valueToTree(
                Map.of("operators", Map.of("rabbitmq", Map.of("enabled", true, "name", "Customs_RabbitMQ")))));

        assertThat(lint.isFailed()).isTrue();
        assertThat(lint.getMessages()).anyMatch(message -> message.contains("rabbitmq.yaml") && message.contains("Customs_RabbitMQ"));
    }

    private LintResult lintWithValues(JsonNode overrides) throws IOException {
        Path copy = copies.resolve(Chart.DIRECTORY.getFileName());
        copyTree(Chart.DIRECTORY, copy);
        ObjectNode values = (ObjectNode) Chart.YAML.readTree(copy.resolve("values.yaml").toFile());
        Chart.YAML.writeValue(copy.resolve("values.yaml").toFile(), merge(values, overrides));
        return new Helm(copy).lint().strict().call();
    }

    /** Helm's rule: maps merge key by key, anything else is replaced. */
    private static ObjectNode merge(ObjectNode values, JsonNode overrides) {
        for (Map.Entry<String, JsonNode> entry : overrides.properties()) {
            JsonNode current = values.get(entry.getKey());
            if (current instanceof ObjectNode currentMap && entry.getValue().isObject()) {
                merge(currentMap, entry.getValue());
            } else {
                values.set(entry.getKey(), entry.getValue());
            }
        }
        return values;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.copy(path, target.resolve(source.relativize(path).toString()));
            }
        }
    }
}
