package org.customsrisk.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * What every service exposes to the platform's operators, checked against the running service:
 * readiness with a real check per dependency, liveness, Prometheus metrics, the OpenAPI document,
 * and problem+json for a path that does not exist.
 */
public abstract class ObservabilityEndpointsContract {

    /** The names of the readiness checks this service must report, one per dependency. */
    protected abstract String[] readinessChecks();

    @Test
    void readinessReportsEachDependencyUp() {
        ValidatableResponse readiness = given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(readinessChecks()));
        for (String check : readinessChecks()) {
            // An inactive (unconfigured) dependency also reports UP, but without data.
            readiness.body("checks.find { it.name == '%s' }.data".formatted(check), not(anEmptyMap()));
        }
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void openApiDocumentIsServed() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", startsWith("3."));
    }

    @Test
    void unknownPathAnswersProblemJson() {
        given().when().get("/api/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:customs-risk:problem:not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/no-such-resource"));
    }
}
