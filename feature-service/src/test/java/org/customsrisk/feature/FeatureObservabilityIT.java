package org.customsrisk.feature;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.customsrisk.common.testing.ObservabilityEndpointsContract;

@QuarkusIntegrationTest
class FeatureObservabilityIT extends ObservabilityEndpointsContract {

    @Override
    protected String[] readinessChecks() {
        return new String[] { "Database connections health check" };
    }
}
