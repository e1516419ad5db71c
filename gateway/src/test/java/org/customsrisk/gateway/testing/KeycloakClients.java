package org.customsrisk.gateway.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import org.customsrisk.common.testing.DemoRealm;
import org.customsrisk.common.testing.KeycloakAdmin;
import org.customsrisk.common.testing.LocalPlatform;

/** Removes what a test made the gateway create in the real Keycloak. */
public final class KeycloakClients {

    private KeycloakClients() {
    }

    public static void delete(String clientId) {
        String token = KeycloakAdmin.masterRealmToken();
        List<String> ids = given().baseUri(LocalPlatform.keycloakUrl()).auth().oauth2(token)
                .queryParam("clientId", clientId)
                .when().get("/admin/realms/{realm}/clients", DemoRealm.REALM)
                .then().statusCode(200).extract().jsonPath().getList("id");
        ids.forEach(id -> given().baseUri(LocalPlatform.keycloakUrl()).auth().oauth2(token)
                .when().delete("/admin/realms/{realm}/clients/{id}", DemoRealm.REALM, id)
                .then().statusCode(204));
    }
}
