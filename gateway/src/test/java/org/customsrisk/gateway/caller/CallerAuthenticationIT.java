package org.customsrisk.gateway.caller;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.customsrisk.common.testing.DemoRealm;
import org.customsrisk.common.testing.ForgedTokens;
import org.customsrisk.common.testing.KeycloakAdmin;
import org.customsrisk.common.testing.KeycloakTokens;
import org.junit.jupiter.api.Test;

/** The packaged gateway against the real Keycloak: who gets in, as whom, and who does not. */
@QuarkusIntegrationTest
class CallerAuthenticationIT {

    private static final String ME = "/api/v1/me";

    @Test
    void passwordGrantTokenOfAPersonIsAccepted() {
        given().auth().oauth2(KeycloakTokens.ofUser("kr-analyst"))
                .when().get(ME)
                .then().statusCode(200)
                .body("username", equalTo("kr-analyst"))
                .body("tenant", equalTo("kr"))
                .body("roles", contains("analyst"));
    }

    @Test
    void clientCredentialsTokenOfAnIntegratorIsAccepted() {
        given().auth().oauth2(KeycloakTokens.ofIntegrator("ng"))
                .when().get(ME)
                .then().statusCode(200)
                .body("username", equalTo("service-account-ng-integrator"))
                .body("tenant", equalTo("ng"))
                .body("roles", contains("integrator"));
    }

    @Test
    void tenantNamedByTheCallerIsIgnored() {
        given().auth().oauth2(KeycloakTokens.ofUser("kr-model-manager"))
                .header("X-Tenant", "ng")
                .header("X-Tenant-Id", "ng")
                .header("Tenant", "ng")
                .queryParam("tenant", "ng")
                .when().get(ME)
                .then().statusCode(200)
                .body("tenant", equalTo("kr"))
                .body("roles", contains("model-manager"));
    }

    @Test
    void noTokenIs401ProblemWithBearerChallenge() {
        unauthenticated(given().when().get(ME).then())
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("detail", equalTo("A bearer token is required."));
    }

    @Test
    void malformedTokenIs401() {
        invalidToken(given().auth().oauth2("not-a-jwt").when().get(ME).then());
    }

    @Test
    void tokenSignedByAnotherKeyIs401() {
        invalidToken(given().auth().oauth2(ForgedTokens.signedByForeignKey("kr", "analyst"))
                .when().get(ME).then());
    }

    @Test
    void tokenOfAnotherRealmIs401() {
        invalidToken(given().auth().oauth2(KeycloakAdmin.masterRealmToken()).when().get(ME).then());
    }

    @Test
    void expiredTokenIs401() throws InterruptedException {
        try (KeycloakAdmin admin = new KeycloakAdmin()) {
            String client = admin.createShortLivedClient(1);
            String token = KeycloakAdmin.userTokenVia(client, "kr-analyst");
            Thread.sleep(Duration.ofSeconds(3).toMillis());

            invalidToken(given().auth().oauth2(token).when().get(ME).then());
        }
    }

    @Test
    void shortLivedTokenIsAcceptedBeforeItExpires() {
        try (KeycloakAdmin admin = new KeycloakAdmin()) {
            String client = admin.createShortLivedClient(60);

            given().auth().oauth2(KeycloakAdmin.userTokenVia(client, "ng-risk-manager"))
                    .when().get(ME)
                    .then().statusCode(200)
                    .body("tenant", equalTo("ng"));
        }
    }

    @Test
    void tokenWithoutAPlatformRoleIs403Problem() {
        try (KeycloakAdmin admin = new KeycloakAdmin()) {
            String user = admin.createUserWithoutRoles("kr");

            given().auth().oauth2(KeycloakAdmin.userTokenVia(DemoRealm.CLI_CLIENT, user))
                    .when().get(ME)
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:customs-risk:problem:forbidden"))
                    .body("status", equalTo(403))
                    .body("instance", equalTo(ME));
        }
    }

    private static ValidatableResponse unauthenticated(ValidatableResponse response) {
        return response.statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:customs-risk:problem:unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo(ME));
    }

    private static void invalidToken(ValidatableResponse response) {
        unauthenticated(response)
                .header("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\""));
    }
}
