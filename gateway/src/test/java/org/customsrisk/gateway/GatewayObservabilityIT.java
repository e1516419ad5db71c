package org.customsrisk.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.customsrisk.common.testing.ObservabilityEndpointsContract;
import org.junit.jupiter.api.Test;

@QuarkusIntegrationTest
class GatewayObservabilityIT extends ObservabilityEndpointsContract {

    @Override
    protected String[] readinessChecks() {
        return new String[] { "Database connections health check", "SmallRye Reactive Messaging - readiness check" };
    }

    @Test
    void openApiDocumentsTheCallerOperation() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/me"));
    }
}
