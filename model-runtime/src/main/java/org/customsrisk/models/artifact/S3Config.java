package org.customsrisk.models.artifact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The object store of model artifacts and training sets. In production {@code S3_ENDPOINT},
 * {@code S3_ACCESS_KEY} and {@code S3_SECRET_KEY} come from the environment; scoring-service reads
 * the same bucket.
 */
@ConfigMapping(prefix = "s3")
public interface S3Config {

    /** E.g. {@code http://minio:9000}; path-style addressing. */
    String endpoint();

    String accessKey();

    String secretKey();

    /** Created at startup when missing. */
    @WithDefault("customs-models")
    String bucket();

    /** Connect, read and write timeout of each call. */
    @WithDefault("10s")
    Duration timeout();
}
