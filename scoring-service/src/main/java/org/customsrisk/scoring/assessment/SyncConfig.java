package org.customsrisk.scoring.assessment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "scoring.sync")
public interface SyncConfig {

    /**
     * How long a synchronous assessment may wait for its features. Past it, the policy's rules and
     * random selection answer alone, marked as a fallback: the clearance system never waits longer.
     */
    @WithDefault("300ms")
    Duration deadline();
}
