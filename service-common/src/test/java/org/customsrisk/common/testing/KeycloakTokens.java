package org.customsrisk.common.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Real access tokens from the local Keycloak, obtained the way integrators and people obtain them. */
public final class KeycloakTokens {

    private KeycloakTokens() {
    }

    /** Password grant of a demo user through the demo command-line client. */
    public static String ofUser(String username) {
        return token(DemoRealm.REALM, Map.of(
                "grant_type", "password",
                "client_id", DemoRealm.CLI_CLIENT,
                "username", username,
                "password", DemoRealm.PASSWORD));
    }

    /** Client-credentials grant of a tenant's integrator client. */
    public static String ofIntegrator(String tenant) {
        return ofClient(DemoRealm.integratorClient(tenant), DemoRealm.integratorSecret(tenant));
    }

    public static String ofClient(String clientId, String secret) {
        return token(DemoRealm.REALM, Map.of(
                "grant_type", "client_credentials",
                "client_id", clientId,
                "client_secret", secret));
    }

    static String token(String realm, Map<String, String> form) {
        return given()
                .baseUri(LocalPlatform.keycloakUrl())
                .contentType(ContentType.URLENC)
                .formParams(form)
                .when()
                .post("/realms/{realm}/protocol/openid-connect/token", realm)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
