package org.customsrisk.model.training;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "model.training")
public interface TrainingConfig {

    /** XGBoost's threads for one job; jobs of one replica run one at a time. */
    @WithDefault("2")
    int threads();

    /** How often a replica looks for a queued job. */
    @WithDefault("5s")
    Duration pollInterval();

    /**
     * A RUNNING job whose progress was not recorded for this long lost its replica (stopped or
     * crashed) and is marked FAILED. Progress is recorded at least every few seconds while it runs.
     */
    @WithDefault("2m")
    Duration staleAfter();

    /** How often RUNNING jobs are checked for that. */
    @WithDefault("30s")
    Duration staleCheckInterval();
}
