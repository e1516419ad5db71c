package org.customsrisk.contracts.model;

import java.time.Instant;
import java.util.List;

/**
 * {@code model.promoted}: a model version entered STAGING or PRODUCTION (a rollback is a promotion
 * of an archived version). Scoring replicas load the artifact from S3 at {@code artifactKey},
 * verify its {@code sha256} and size, and swap it in. {@code featureNames} are the ordered inputs
 * the model expects, of feature schema {@code featureSchemaVersion}.
 */
public record ModelPromoted(
        String tenant,
        String modelName,
        int version,
        ModelStage stage,
        ModelFormat format,
        String artifactKey,
        String sha256,
        long artifactSizeBytes,
        int featureSchemaVersion,
        List<String> featureNames,
        String promotedBy,
        Instant promotedAt) {
}
