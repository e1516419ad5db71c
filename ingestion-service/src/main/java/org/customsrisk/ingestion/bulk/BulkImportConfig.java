package org.customsrisk.ingestion.bulk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

@ConfigMapping(prefix = "ingestion.bulk")
public interface BulkImportConfig {

    /** Where uploaded files wait and are read; a local disk (an emptyDir on Kubernetes). */
    Path workDir();

    /** Declarations stored per transaction. */
    @WithDefault("5000")
    int chunkSize();

    /** Files imported at the same time by one instance; others wait their turn. */
    @WithDefault("2")
    int concurrentJobs();

    /** Rejected rows kept per job for the rejects report; beyond that they are only counted. */
    @WithDefault("10000")
    int maxStoredRejects();

    /** Longest line a file may have; a longer one fails the job instead of filling the memory. */
    @WithDefault("1048576")
    int maxLineLength();

    /** A job whose instance has not reported for this long is failed: its instance is gone. */
    @WithDefault("60s")
    Duration heartbeatTimeout();
}
