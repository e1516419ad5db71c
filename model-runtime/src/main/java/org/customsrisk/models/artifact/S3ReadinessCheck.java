package org.customsrisk.models.artifact;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the bucket of artifacts exists and answers; it is created here if it is still missing. */
@Readiness
@ApplicationScoped
public class S3ReadinessCheck implements HealthCheck {

    static final String NAME = "S3 artifact store";

    private final ArtifactStore store;
    private final S3Config config;

    S3ReadinessCheck(ArtifactStore store, S3Config config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("endpoint", config.endpoint())
                .withData("bucket", store.bucket());
        try {
            store.ensureBucket();
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getMessage()).build();
        }
    }
}
