package org.customsrisk.model;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.customsrisk.common.testing.ObservabilityEndpointsContract;

@QuarkusIntegrationTest
class ModelObservabilityIT extends ObservabilityEndpointsContract {

    @Override
    protected String[] readinessChecks() {
        return new String[] { "Database connections health check", "S3 artifact store" };
    }
}
