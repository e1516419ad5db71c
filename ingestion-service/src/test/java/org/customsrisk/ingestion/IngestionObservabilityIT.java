package org.customsrisk.ingestion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.customsrisk.common.testing.ObservabilityEndpointsContract;
import org.junit.jupiter.api.Test;

@QuarkusIntegrationTest
class IngestionObservabilityIT extends ObservabilityEndpointsContract {

    @Override
    protected String[] readinessChecks() {
        return new String[] { "Database connections health check" };
    }

    @Test
    void outboxBacklogIsReportedAsWellnessNotReadiness() {
        given().when().get("/q/health/well")
                .then().statusCode(200)
                .body("checks.find { it.name == 'Outbox to RabbitMQ' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Outbox to RabbitMQ' }.data.pendingEvents", notNullValue())
                .body("checks.find { it.name == 'Outbox to RabbitMQ' }.data.oldestPendingSeconds", notNullValue());
    }
}
