package org.customsrisk.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

/** The chart helm/customs-platform, rendered by the real Helm that helm-java bundles. */
final class Chart {

    static final Path DIRECTORY = Path.of(System.getProperty("chart.dir")).toAbsolutePath().normalize();
    static final Path PRODUCTION_VALUES = DIRECTORY.resolve("values-production.yaml");
    static final String RELEASE = "customs";
    static final String NAMESPACE = "customs-risk";
    static final YAMLMapper YAML = new YAMLMapper();

    /** The two values files the chart ships. */
    enum Values {
        DEFAULT, PRODUCTION;

        Chart chart() {
            return this == DEFAULT ? new Chart() : new Chart().values(PRODUCTION_VALUES);
        }
    }

    private final List<Path> valuesFiles = new ArrayList<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();

    static Chart withDefaultValues() {
        return Values.DEFAULT.chart();
    }

    /** Every operator, the realm import, the ServiceMonitor and every autoscaler on. */
    static Chart withEveryOptionOn() {
        return withDefaultValues().values(testValues("every-option-on.yaml"));
    }

    static Path testValues(String resource) {
        try {
            return Path.of(Chart.class.getResource("/" + resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(resource, e);
        }
    }

    Chart values(Path file) {
        valuesFiles.add(file);
        return this;
    }

    Chart set(String key, Object value) {
        settings.put(key, value);
        return this;
    }

    Manifests render() {
        TemplateCommand template = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE);
        valuesFiles.forEach(template::withValuesFile);
        settings.forEach(template::set);
        return parse(template.call());
    }

    private static Manifests parse(String rendered) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(rendered)) {
            return new Manifests(documents.readAll().stream().filter(document -> !document.isNull()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Helm rendered YAML that does not parse", e);
        }
    }
}
