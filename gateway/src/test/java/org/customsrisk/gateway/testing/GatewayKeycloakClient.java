package org.customsrisk.gateway.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.customsrisk.common.testing.DemoRealm;
import org.customsrisk.common.testing.KeycloakAdmin;
import org.customsrisk.common.testing.LocalPlatform;

/**
 * The gateway's own client (customs-gateway) in the running Keycloak, exactly as the demo realm
 * defines it: a Keycloak that imported an older realm gets it through the admin API.
 */
public final class GatewayKeycloakClient {

    static final String CLIENT_ID = "customs-gateway";
    private static final Path REALM = Path.of("..", "infra", "keycloak", "customs-realm.json");

    private GatewayKeycloakClient() {
    }

    /** Its secret, after creating it if it is missing and granting its service account its roles. */
    static String ensure() {
        JsonNode realm = realm();
        JsonNode client = find(realm.get("clients"), "clientId", CLIENT_ID);
        String adminToken = KeycloakAdmin.masterRealmToken();
        List<Map<String, Object>> existing = admin(adminToken).queryParam("clientId", CLIENT_ID)
                .get("/admin/realms/{realm}/clients", DemoRealm.REALM).then().statusCode(200).extract().jsonPath().getList("$");
        if (existing.isEmpty()) {
            admin(adminToken).body(client.toString()).post("/admin/realms/{realm}/clients", DemoRealm.REALM)
                    .then().statusCode(201);
        }
        grantRealmManagementRoles(adminToken, realm);
        return client.get("secret").asText();
    }

    private static void grantRealmManagementRoles(String adminToken, JsonNode realm) {
        JsonNode account = find(realm.get("users"), "serviceAccountClientId", CLIENT_ID);
        String clientUuid = admin(adminToken).queryParam("clientId", CLIENT_ID)
                .get("/admin/realms/{realm}/clients", DemoRealm.REALM).then().extract().path("[0].id");
        String userId = admin(adminToken).get("/admin/realms/{realm}/clients/{id}/service-account-user", DemoRealm.REALM, clientUuid)
                .then().statusCode(200).extract().path("id");
        String realmManagement = admin(adminToken).queryParam("clientId", "realm-management")
                .get("/admin/realms/{realm}/clients", DemoRealm.REALM).then().extract().path("[0].id");
        List<Map<String, Object>> roles = new ArrayList<>();
        for (JsonNode name : account.get("clientRoles").get("realm-management")) {
            roles.add(admin(adminToken).get("/admin/realms/{realm}/clients/{id}/roles/{role}", DemoRealm.REALM,
                    realmManagement, name.asText()).then().statusCode(200).extract().as(Map.class));
        }
        admin(adminToken).body(roles).post("/admin/realms/{realm}/users/{user}/role-mappings/clients/{client}",
                DemoRealm.REALM, userId, realmManagement).then().statusCode(204);
    }

    private static JsonNode realm() {
        try {
            return new ObjectMapper().readTree(REALM.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.path(field).asText())) {
                return element;
            }
        }
        throw new IllegalStateException("the demo realm defines no " + field + " " + value);
    }

    private static RequestSpecification admin(String token) {
        return given().baseUri(LocalPlatform.keycloakUrl()).auth().oauth2(token).contentType(ContentType.JSON).when();
    }
}
