package org.customsrisk.gateway.tenants;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.customsrisk.common.testing.KeycloakTokens;
import org.customsrisk.gateway.testing.Declarations;
import org.customsrisk.gateway.testing.KeycloakClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The platform administrator onboards a tenant through the gateway: its record, and its integrator
 * client in the real Keycloak, whose own tokens then call the platform - until it is suspended.
 */
@QuarkusIntegrationTest
class TenantAdministrationIT {

    private static final List<String> ONBOARDED = new ArrayList<>();

    @AfterAll
    static void removeTheClientsMadeInKeycloak() {
        ONBOARDED.forEach(tenant -> KeycloakClients.delete(tenant + "-integrator"));
    }

    @Test
    void onboardedTenantsIntegratorCallsThePlatformUntilSuspended() {
        String tenant = newTenant();
        Response onboarded = onboard(tenant, 50);
        onboarded.then().statusCode(201)
                .header("Location", containsString("/api/v1/tenants/" + tenant))
                .body("status", equalTo("ACTIVE"))
                .body("settings.fourEyes", equalTo(true))
                .body("integrator.clientId", equalTo(tenant + "-integrator"))
                .body("integrator.tokenUrl", containsString("/realms/customs/protocol/openid-connect/token"))
                .body("settingsApplied.model-service", startsWith("NOT APPLIED"));
        String token = KeycloakTokens.ofClient(onboarded.path("integrator.clientId"), onboarded.path("integrator.clientSecret"));

        given().auth().oauth2(token).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("tenant", equalTo(tenant))
                .body("roles", hasItem("integrator"));
        String id = Declarations.newId("T");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Declarations.of(id))
                .when().post("/api/v1/declarations")
                .then().statusCode(202);

        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Contract ended"))
                .when().post("/api/v1/tenants/{t}/suspension", tenant)
                .then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("statusChangedBy", equalTo("kr-admin"));
        given().auth().oauth2(token).when().get("/api/v1/declarations/{id}", id)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:customs-risk:problem:forbidden"))
                .body("detail", containsString("suspended on this platform: Contract ended"));
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(403);

        given().auth().oauth2(KeycloakTokens.ofUser("ng-admin"))
                .when().delete("/api/v1/tenants/{t}/suspension", tenant)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("statusReason", nullValue());
        given().auth().oauth2(token).when().get("/api/v1/declarations/{id}", id).then().statusCode(200);
    }

    @Test
    void tenantOverItsRateLimitGets429WithRetryAfter() {
        String tenant = newTenant();
        Response onboarded = onboard(tenant, 1);
        onboarded.then().statusCode(201).body("settings.requestsPerSecond", equalTo(1));
        String token = KeycloakTokens.ofClient(onboarded.path("integrator.clientId"), onboarded.path("integrator.clientSecret"));

        List<Integer> statuses = new ArrayList<>();
        Response refused = null;
        for (int i = 0; i < 8 && refused == null; i++) {
            Response answer = given().auth().oauth2(token).when().get("/api/v1/me");
            statuses.add(answer.statusCode());
            if (answer.statusCode() == 429) {
                refused = answer;
            }
        }
        assertThat(statuses).startsWith(200).contains(429);
        refused.then()
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("1"))
                .body("type", equalTo("urn:customs-risk:problem:too-many-requests"))
                .body("instance", equalTo("/api/v1/me"));
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr")).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void onboardingTwiceIsAConflictAndListsShowTheTenantOnce() {
        String tenant = newTenant();
        onboard(tenant, 10).then().statusCode(201);
        onboard(tenant, 10).then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin")).queryParam("limit", 500)
                .when().get("/api/v1/tenants")
                .then().statusCode(200)
                .body("findAll { it.tenant == '" + tenant + "' }.size()", equalTo(1))
                .body("integrator", org.hamcrest.Matchers.everyItem(nullValue()));
        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin"))
                .when().get("/api/v1/tenants/{t}", tenant)
                .then().statusCode(200)
                .body("integrator", nullValue())
                .body("integratorClientId", equalTo(tenant + "-integrator"));
    }

    @Test
    void onlyPlatformAdministratorsManageTenants() {
        given().auth().oauth2(KeycloakTokens.ofIntegrator("kr"))
                .when().get("/api/v1/tenants")
                .then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.ofUser("kr-model-manager")).contentType(ContentType.JSON)
                .body(Map.of("reason", "no"))
                .when().post("/api/v1/tenants/{t}/suspension", "ng")
                .then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin"))
                .when().get("/api/v1/tenants/{t}", "never-onboarded")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.ofUser("kr-admin")).contentType(ContentType.JSON)
                .body(Map.of("tenant", "Not A Tenant", "displayName", "x", "settings", Map.of("fourEyes", true)))
                .when().post("/api/v1/tenants")
                .then().statusCode(400)
                .body("violations.field", hasItem("tenant"));
    }

    private static String newTenant() {
        String tenant = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ONBOARDED.add(tenant);
        return tenant;
    }

    private static Response onboard(String tenant, int requestsPerSecond) {
        return given().auth().oauth2(KeycloakTokens.ofUser("kr-admin")).contentType(ContentType.JSON)
                .body(Map.of("tenant", tenant, "displayName", "Test administration " + tenant,
                        "settings", Map.of("fourEyes", true, "requestsPerSecond", requestsPerSecond)))
                .when().post("/api/v1/tenants");
    }
}
