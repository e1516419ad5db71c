package org.customsrisk.scoring;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.customsrisk.common.testing.ObservabilityEndpointsContract;

@QuarkusIntegrationTest
class ScoringObservabilityIT extends ObservabilityEndpointsContract {

    @Override
    protected String[] readinessChecks() {
        return new String[] { "Database connections health check" };
    }
}
