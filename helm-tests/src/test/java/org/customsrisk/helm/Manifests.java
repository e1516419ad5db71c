package org.customsrisk.helm;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/** The Kubernetes objects of one rendering, and the ways the tests look into them. */
record Manifests(List<JsonNode> objects) {

    /** The five services and their ports, as the architecture gives them. */
    static final Map<String, Integer> SERVICE_PORTS = Map.of(
            "gateway", 8080,
            "ingestion-service", 8081,
            "feature-service", 8082,
            "model-service", 8083,
            "scoring-service", 8084);

    static final String NAME_LABEL = "app.kubernetes.io/name";
    static final String INSTANCE_LABEL = "app.kubernetes.io/instance";

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText())).toList();
    }

    Set<String> namesOf(String kind) {
        return ofKind(kind).stream().map(Manifests::name).collect(Collectors.toSet());
    }

    JsonNode get(String kind, String name) {
        return ofKind(kind).stream()
                .filter(object -> name.equals(name(object)))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no " + kind + " " + name + " in " + namesOf(kind)));
    }

    JsonNode deploymentOf(String service) {
        return get("Deployment", resourceName(service));
    }

    JsonNode configOf(String service) {
        return get("ConfigMap", resourceName(service)).path("data");
    }

    static String resourceName(String service) {
        return Chart.RELEASE + "-" + service;
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static JsonNode podSpec(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec");
    }

    static JsonNode podLabels(JsonNode deployment) {
        return deployment.path("spec").path("template").path("metadata").path("labels");
    }

    static JsonNode container(JsonNode deployment) {
        List<JsonNode> containers = elements(podSpec(deployment).path("containers"));
        if (containers.size() != 1) {
            throw new IllegalStateException(name(deployment) + " has " + containers.size() + " containers");
        }
        return containers.get(0);
    }

    static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    /** Whether a label selector's matchLabels select an object with these labels. */
    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        return !matchLabels.isEmpty() && matchLabels.properties().stream()
                .allMatch(label -> label.getValue().equals(labels.path(label.getKey())));
    }
}
