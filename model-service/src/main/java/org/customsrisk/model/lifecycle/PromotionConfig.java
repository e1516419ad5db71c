package org.customsrisk.model.lifecycle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "model.promotions")
public interface PromotionConfig {

    /** How long a request waits for the broker's confirm of model.promoted before leaving it to the retry. */
    @WithDefault("5s")
    Duration confirmTimeout();

    /** How old an unpublished event must be before the retry takes it, so that it does not race the request. */
    @WithDefault("10s")
    Duration retryAfter();

    /** How often unpublished events are published again. */
    @WithDefault("15s")
    Duration retryInterval();
}
