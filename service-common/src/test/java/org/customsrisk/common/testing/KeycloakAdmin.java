package org.customsrisk.common.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates short-lived fixtures in the real {@code customs} realm through Keycloak's admin REST API,
 * for the cases the demo realm must not contain: tokens that expire within seconds, users without
 * a platform role. Every fixture is removed by {@link #close()}.
 */
public final class KeycloakAdmin implements AutoCloseable {

    private final String adminToken;
    private final List<String> createdClients = new java.util.ArrayList<>();
    private final List<String> createdUsers = new java.util.ArrayList<>();

    public KeycloakAdmin() {
        this.adminToken = masterRealmToken();
    }

    /** A token of the {@code master} realm: valid, but issued by another realm than the platform's. */
    public static String masterRealmToken() {
        return KeycloakTokens.token("master", Map.of(
                "grant_type", "password",
                "client_id", "admin-cli",
                "username", LocalPlatform.keycloakAdminUsername(),
                "password", LocalPlatform.keycloakAdminPassword()));
    }

    /**
     * A public client with the password grant whose access tokens live {@code seconds} seconds.
     * It carries the same tenant and audience mappers as the demo clients.
     */
    public String createShortLivedClient(int seconds) {
        String clientId = "test-short-lived-" + UUID.randomUUID();
        String location = admin()
                .body(Map.of(
                        "clientId", clientId,
                        "publicClient", true,
                        "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", true,
                        "attributes", Map.of("access.token.lifespan", String.valueOf(seconds)),
                        "protocolMappers", List.of(
                                Map.of("name", "tenant", "protocol", "openid-connect",
                                        "protocolMapper", "oidc-usermodel-attribute-mapper",
                                        "config", Map.of("user.attribute", "tenant", "claim.name", "tenant",
                                                "jsonType.label", "String", "access.token.claim", "true")),
                                Map.of("name", "audience", "protocol", "openid-connect",
                                        "protocolMapper", "oidc-audience-mapper",
                                        "config", Map.of("included.client.audience", DemoRealm.AUDIENCE,
                                                "access.token.claim", "true")))))
                .post("/admin/realms/{realm}/clients", DemoRealm.REALM)
                .then().statusCode(201)
                .extract().header("Location");
        createdClients.add(location.substring(location.lastIndexOf('/') + 1));
        return clientId;
    }

    /** A user of {@code tenant} with the demo password and none of the platform's roles. */
    public String createUserWithoutRoles(String tenant) {
        String username = "test-no-role-" + UUID.randomUUID().toString().substring(0, 8);
        String location = admin()
                .body(Map.of(
                        "username", username,
                        "enabled", true,
                        "emailVerified", true,
                        "firstName", "Test",
                        "lastName", "Without Role",
                        "email", username + "@test.customs.invalid",
                        "attributes", Map.of("tenant", List.of(tenant)),
                        "credentials", List.of(Map.of("type", "password", "value", DemoRealm.PASSWORD,
                                "temporary", false))))
                .post("/admin/realms/{realm}/users", DemoRealm.REALM)
                .then().statusCode(201)
                .extract().header("Location");
        createdUsers.add(location.substring(location.lastIndexOf('/') + 1));
        return username;
    }

    /** Password grant through a client created by {@link #createShortLivedClient(int)}. */
    public static String userTokenVia(String clientId, String username) {
        return KeycloakTokens.token(DemoRealm.REALM, Map.of(
                "grant_type", "password",
                "client_id", clientId,
                "username", username,
                "password", DemoRealm.PASSWORD));
    }

    @Override
    public void close() {
        createdClients.forEach(id -> admin().delete("/admin/realms/{realm}/clients/{id}", DemoRealm.REALM, id));
        createdUsers.forEach(id -> admin().delete("/admin/realms/{realm}/users/{id}", DemoRealm.REALM, id));
    }

    private RequestSpecification admin() {
        return given()
                .baseUri(LocalPlatform.keycloakUrl())
                .auth().oauth2(adminToken)
                .contentType(ContentType.JSON);
    }
}
