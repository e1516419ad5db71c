package org.customsrisk.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.customsrisk.common.testing.DemoRealm;
import org.customsrisk.common.testing.ForgedTokens;
import org.customsrisk.common.testing.KeycloakAdmin;
import org.customsrisk.common.testing.KeycloakTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The security suite, generated from the OpenAPI document the packaged gateway serves, so that an
 * endpoint added tomorrow is covered without a line more: every operation refuses a call without a
 * token, with an expired token, with a token signed by another key and with a token of another realm
 * (401 problem+json), and a caller whose roles the operation does not allow (403 problem+json). The
 * roles each operation allows are read from its {@code @RolesAllowed}, the same way the contract
 * test finds the operations.
 */
@QuarkusIntegrationTest
class SecuritySuiteIT {

    /** Demo users of tenant kr and their one role each (infra/keycloak). */
    private static final Map<String, String> DEMO_USERS = new LinkedHashMap<>();

    static {
        DEMO_USERS.put("kr-integrator", "integrator");
        DEMO_USERS.put("kr-analyst", "analyst");
        DEMO_USERS.put("kr-model-manager", "model-manager");
        DEMO_USERS.put("kr-risk-manager", "risk-manager");
        DEMO_USERS.put("kr-admin", "platform-admin");
    }

    private static String expiredToken;
    private static String roleLessToken;
    private static String foreignRealmToken;

    @BeforeAll
    static void tokens() throws InterruptedException {
        try (KeycloakAdmin admin = new KeycloakAdmin()) {
            String shortLived = admin.createShortLivedClient(1);
            expiredToken = KeycloakAdmin.userTokenVia(shortLived, "kr-analyst");
            roleLessToken = KeycloakAdmin.userTokenVia(DemoRealm.CLI_CLIENT,
                    admin.createUserWithoutRoles("kr"));
            foreignRealmToken = KeycloakAdmin.masterRealmToken();
            Thread.sleep(Duration.ofSeconds(3).toMillis());
        }
    }

    @Test
    void everyDocumentedOperationDeclaresItsRoles() throws Exception {
        Map<String, Set<String>> roles = GatewayOperations.declared();
        List<String> unknown = operations().stream().map(Operation::key)
                .filter(key -> roles.getOrDefault(key, Set.of()).isEmpty()).toList();

        assertThat(operations()).hasSizeGreaterThan(45);
        assertThat(unknown).as("operations in the document without @RolesAllowed").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesCallersWithoutAValidToken() throws IOException {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", expiredToken);
        tokens.put("signed by another key", ForgedTokens.signedByForeignKey("kr", "platform-admin"));
        tokens.put("of another realm", foreignRealmToken);
        return operations().stream().flatMap(operation -> Stream.concat(
                Stream.of(DynamicTest.dynamicTest(operation.key() + " without a token",
                        () -> expect(() -> call(operation, given()), 401, "unauthenticated"))),
                tokens.entrySet().stream().map(token -> DynamicTest.dynamicTest(operation.key() + " with a token " + token.getKey(),
                        () -> expect(() -> call(operation, given().auth().oauth2(token.getValue())), 401, "unauthenticated")))));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesCallersWithoutOneOfItsRoles() throws Exception {
        Map<String, Set<String>> roles = GatewayOperations.declared();
        return operations().stream().filter(operation -> !roles.getOrDefault(operation.key(), Set.of()).isEmpty())
                .map(operation -> {
                    Set<String> allowed = roles.get(operation.key());
                    String user = DEMO_USERS.entrySet().stream().filter(entry -> !allowed.contains(entry.getValue()))
                            .map(Map.Entry::getKey).findFirst().orElse(null);
                    String token = user == null ? roleLessToken : KeycloakTokens.ofUser(user);
                    return DynamicTest.dynamicTest(operation.key() + " as " + (user == null ? "a user without a role" : user),
                            () -> expect(() -> call(operation, given().auth().oauth2(token)), 403, "forbidden"));
                });
    }

    /** Calls, waiting out the tenant's rate limit if the suite's pace exceeds it, and checks the problem. */
    private static void expect(Supplier<Response> call, int status, String problem) {
        Response answered = call.get();
        for (int attempt = 0; attempt < 5 && answered.statusCode() == 429; attempt++) {
            sleep(answered.header("Retry-After"));
            answered = call.get();
        }
        answered.then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:customs-risk:problem:" + problem))
                .body("status", equalTo(status));
    }

    private static Response call(Operation operation, RequestSpecification request) {
        String path = operation.path();
        for (Map.Entry<String, String> parameter : operation.pathParameters().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        if (operation.bodyType() != null) {
            if (operation.bodyType().startsWith("multipart/")) {
                request = request.multiPart("file", "declarations.csv", "declaration_id\n".getBytes(StandardCharsets.UTF_8),
                        "text/csv");
            } else {
                request = request.contentType(operation.bodyType()).body("{}");
            }
        }
        return request.when().request(operation.method().toUpperCase(), path);
    }

    private static List<Operation> operations() throws IOException {
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<Operation> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode spec = entry.getValue();
            Map<String, String> pathParameters = new HashMap<>();
            spec.path("parameters").forEach(parameter -> {
                if ("path".equals(parameter.path("in").asText())) {
                    pathParameters.put(parameter.path("name").asText(),
                            parameter.has("example") ? parameter.get("example").asText() : "unknown");
                }
            });
            String bodyType = spec.has("requestBody") ? spec.at("/requestBody/content").fieldNames().next() : null;
            operations.add(new Operation(entry.getKey(), path.getKey(), pathParameters, bodyType));
        }));
        return operations;
    }

    private static void sleep(String retryAfter) {
        try {
            Thread.sleep(Duration.ofSeconds(retryAfter == null ? 1 : Long.parseLong(retryAfter)).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Operation(String method, String path, Map<String, String> pathParameters, String bodyType) {

        String key() {
            return method + " " + path;
        }
    }
}
