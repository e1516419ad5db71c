package org.customsrisk.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the packaged gateway serves is the contract: every JAX-RS operation of the
 * gateway is in it, with a description, and every response and request body of it has an example.
 */
@QuarkusIntegrationTest
class OpenApiContractIT {

    private static final String[] EVERYWHERE = { "401", "403", "429", "503" };

    private JsonNode document;

    @BeforeEach
    void read() throws IOException {
        document = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void everyEndpointOfTheGatewayIsDocumented() throws Exception {
        Set<String> endpoints = GatewayOperations.declared().keySet();
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method + " " + path.getKey())));

        assertThat(endpoints).hasSizeGreaterThan(45);
        assertThat(documented).containsAll(endpoints);
    }

    @Test
    void everyOperationHasADescriptionAndAnExampleOfEveryResponse() {
        List<String> missing = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String operation = entry.getKey() + " " + path.getKey();
            JsonNode spec = entry.getValue();
            if (spec.path("description").asText().isBlank()) {
                missing.add(operation + ": description");
            }
            if (spec.has("requestBody") && !hasExamples(resolve(spec.get("requestBody")).path("content"))) {
                missing.add(operation + ": request example");
            }
            for (String status : EVERYWHERE) {
                if (!spec.path("responses").has(status)) {
                    missing.add(operation + ": " + status);
                }
            }
            if (path.getKey().contains("{") && !spec.path("responses").has("404")) {
                missing.add(operation + ": 404");
            }
            if (spec.has("requestBody") && !spec.path("responses").has("413")) {
                missing.add(operation + ": 413");
            }
            spec.path("responses").fields().forEachRemaining(response -> {
                JsonNode resolved = resolve(response.getValue());
                if (!response.getKey().equals("204") && !hasExamples(resolved.path("content"))) {
                    missing.add(operation + ": example of " + response.getKey());
                }
            });
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void errorsAreDocumentedAsProblems() {
        for (String response : new String[] { "BadRequest", "Unauthenticated", "Forbidden", "NotFound", "Conflict",
                "PayloadTooLarge", "TooManyRequests", "ServiceUnavailable" }) {
            JsonNode content = document.at("/components/responses/" + response + "/content");
            assertThat(content.has("application/problem+json")).as(response).isTrue();
        }
        assertThat(document.at("/components/responses/TooManyRequests/headers").has("Retry-After")).isTrue();
    }

    private boolean hasExamples(JsonNode content) {
        if (!content.isObject() || content.isEmpty()) {
            return false;
        }
        for (Iterator<JsonNode> media = content.elements(); media.hasNext();) {
            JsonNode type = media.next();
            if (!type.has("example") && type.path("examples").isEmpty()) {
                return false;
            }
            for (Iterator<JsonNode> examples = type.path("examples").elements(); examples.hasNext();) {
                JsonNode example = resolve(examples.next());
                if (!example.has("value") && !example.has("externalValue")) {
                    return false;
                }
            }
        }
        return true;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
