package org.customsrisk.models.artifact;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Creates the bucket at startup when it is missing. An object store that is down does not stop the
 * service from starting: it stays unready until the store answers (see {@link S3ReadinessCheck}).
 */
@ApplicationScoped
class BucketInitializer {

    private static final Logger LOG = Logger.getLogger(BucketInitializer.class);

    void onStart(@Observes StartupEvent started, ArtifactStore store) {
        try {
            if (store.ensureBucket()) {
                LOG.infof("Created the bucket %s", store.bucket());
            }
        } catch (RuntimeException e) {
            LOG.warnf("The bucket %s cannot be checked yet: %s", store.bucket(), e.getMessage());
        }
    }
}
