package org.customsrisk.feature.history;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "features.profile-cache")
public interface ProfileCacheConfig {

    /** Timelines kept in memory, per kind (profiles, price groups, importers); the least recently used go first. */
    @WithDefault("50000")
    long maximumSize();

    /**
     * How long a timeline is served after it was read from the database. This replica's own commits
     * change it in memory at once; this bounds how long another replica's commits stay unseen.
     */
    @WithDefault("30s")
    Duration expireAfterLoad();
}
